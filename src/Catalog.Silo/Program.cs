using Microsoft.Extensions.Hosting;
using Catalog.Silo;

var builder = Host.CreateApplicationBuilder(args);
builder.AddCatalogSilo();
await builder.Build().RunAsync();
