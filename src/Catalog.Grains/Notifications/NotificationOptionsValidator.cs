using Microsoft.Extensions.Options;

namespace Catalog.Grains.Notifications;

/// <summary>Stops the silo at start naming a bad <see cref="NotificationOptions"/> setting.</summary>
internal sealed class NotificationOptionsValidator : IValidateOptions<NotificationOptions>
{
    /// <summary>The longest <see cref="NotificationOptions.StoreDelay"/>: longer would only widen what a lost silo makes the next activation rebuild.</summary>
    public static readonly TimeSpan MaxStoreDelay = TimeSpan.FromMinutes(5);

    public ValidateOptionsResult Validate(string? name, NotificationOptions options) =>
        options.StoreDelay < TimeSpan.Zero || options.StoreDelay > MaxStoreDelay
            ? ValidateOptionsResult.Fail(
                $"{NotificationOptions.Section}:{nameof(NotificationOptions.StoreDelay)} '{options.StoreDelay}' must be from 00:00:00 to 00:05:00 (e.g. 00:00:05).")
            : ValidateOptionsResult.Success;
}
