namespace Catalog.Grains.Requests.History;

/// <summary>
/// The number a filing key stands for, reserved once (the intake's own reservation): a history replayed twice, or by
/// two silos at once, files each of its requests under the same id.
/// </summary>
public interface IRequestNumberReservation : IGrainWithStringKey
{
    /// <summary>The id reserved under this key for a request of <paramref name="providerDepartmentId"/>.</summary>
    Task<string> ReserveAsync(string providerDepartmentId);
}
