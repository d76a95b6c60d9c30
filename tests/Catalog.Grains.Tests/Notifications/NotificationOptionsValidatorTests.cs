using Catalog.Grains.Notifications;

namespace Catalog.Grains.Tests.Notifications;

public sealed class NotificationOptionsValidatorTests
{
    [Theory]
    [InlineData("00:00:00", true)]
    [InlineData("00:00:05", true)]
    [InlineData("00:05:00", true)]
    [InlineData("00:05:01", false)]
    [InlineData("-00:00:01", false)]
    public void The_store_delay_is_from_zero_to_five_minutes(string delay, bool valid)
    {
        var result = new NotificationOptionsValidator().Validate(null, new NotificationOptions { StoreDelay = TimeSpan.Parse(delay, System.Globalization.CultureInfo.InvariantCulture) });

        result.Succeeded.Should().Be(valid);
        if (!valid)
        {
            result.FailureMessage.Should().Contain("Notifications:StoreDelay");
        }
    }
}
