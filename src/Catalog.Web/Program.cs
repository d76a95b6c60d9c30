using Catalog.Web.Hosting;

var builder = WebApplication.CreateBuilder(args);
builder.AddCatalogWeb();

var app = builder.Build();
app.MapCatalogWeb();
app.Run();
