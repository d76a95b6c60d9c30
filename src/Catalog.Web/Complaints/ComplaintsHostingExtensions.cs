namespace Catalog.Web.Complaints;

/// <summary>Wires complaints into the web host.</summary>
public static class ComplaintsHostingExtensions
{
    /// <summary>Adds the relay of complaint events to the complaints hub (the hub itself comes with SignalR).</summary>
    public static WebApplicationBuilder AddCatalogComplaints(this WebApplicationBuilder builder)
    {
        builder.Services.AddHostedService<ComplaintEventRelay>();
        return builder;
    }
}
