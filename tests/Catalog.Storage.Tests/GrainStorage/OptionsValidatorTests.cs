using Azure.Data.Tables;
using Catalog.Storage.GrainStorage;
using Catalog.Storage.Tests.Infrastructure;
using Catalog.Testing;

namespace Catalog.Storage.Tests.GrainStorage;

/// <summary>What the options validator accepts, and what it says about what it refuses.</summary>
public sealed class OptionsValidatorTests
{
    private static readonly string AzuriteStyleConnectionString = AzuriteServer.ConnectionStringFor(10002);

    [Fact]
    public void A_connection_string_with_the_defaults_is_valid()
    {
        var validate = () => Validate(o => o.ConnectionString = AzuriteStyleConnectionString);

        validate.Should().NotThrow();
    }

    [Fact]
    public void A_table_service_client_alone_is_valid()
    {
        var validate = () => Validate(o => o.TableServiceClient = new TableServiceClient(AzuriteStyleConnectionString));

        validate.Should().NotThrow();
    }

    [Fact]
    public void Options_have_the_documented_defaults()
    {
        var options = new AzureTableGrainStorageOptions();

        options.TableName.Should().Be("CatalogGrainState");
        options.DeleteStateOnClear.Should().BeFalse();
        options.InitializationTimeout.Should().Be(TimeSpan.FromSeconds(20));
        options.ClientOptions.Retry.MaxRetries.Should().Be(3);
    }

    [Fact]
    public void Neither_connection_string_nor_client_is_refused_naming_the_storage_and_both_settings()
    {
        var validate = () => Validate(_ => { });

        validate.Should().Throw<OrleansConfigurationException>().Which.Message.Should()
            .Contain("'catalog'").And.Contain("ConnectionString").And.Contain("TableServiceClient");
    }

    [Fact]
    public void Both_connection_string_and_client_are_refused()
    {
        var validate = () => Validate(o =>
        {
            o.ConnectionString = AzuriteStyleConnectionString;
            o.TableServiceClient = new TableServiceClient(AzuriteStyleConnectionString);
        });

        validate.Should().Throw<OrleansConfigurationException>().Which.Message.Should().Contain("only one");
    }

    [Fact]
    public void A_malformed_connection_string_is_refused_without_echoing_it()
    {
        const string secret = "AccountName=x;AccountKey=c2VjcmV0;NoEndpointHere";

        var validate = () => Validate(o => o.ConnectionString = secret);

        validate.Should().Throw<OrleansConfigurationException>().Which.Message.Should()
            .Contain("not a valid Azure Storage connection string").And.NotContain("c2VjcmV0");
    }

    [Theory]
    [InlineData("")]
    [InlineData("ab")]
    [InlineData("1table")]
    [InlineData("has-dash")]
    [InlineData("has_underscore")]
    [InlineData("t123456789012345678901234567890123456789012345678901234567890123")]
    public void An_invalid_table_name_is_refused_with_the_naming_rules(string tableName)
    {
        var validate = () => Validate(o =>
        {
            o.ConnectionString = AzuriteStyleConnectionString;
            o.TableName = tableName;
        });

        validate.Should().Throw<OrleansConfigurationException>().Which.Message.Should()
            .Contain($"'{tableName}'").And.Contain("3 to 63 letters or digits");
    }

    [Fact]
    public void A_non_positive_initialization_timeout_is_refused()
    {
        var validate = () => Validate(o =>
        {
            o.ConnectionString = AzuriteStyleConnectionString;
            o.InitializationTimeout = TimeSpan.Zero;
        });

        validate.Should().Throw<OrleansConfigurationException>().Which.Message.Should().Contain("InitializationTimeout");
    }

    [Fact]
    public void A_missing_serializer_is_refused()
    {
        var validate = () => Validate(o =>
        {
            o.ConnectionString = AzuriteStyleConnectionString;
            o.GrainStorageSerializer = null!;
        });

        validate.Should().Throw<OrleansConfigurationException>().Which.Message.Should().Contain("GrainStorageSerializer");
    }

    private static void Validate(Action<AzureTableGrainStorageOptions> configure)
    {
        var options = new AzureTableGrainStorageOptions { GrainStorageSerializer = new UnusedSerializer() };
        configure(options);
        new AzureTableGrainStorageOptionsValidator(options, "catalog").ValidateConfiguration();
    }
}
