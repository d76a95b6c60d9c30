namespace Catalog.Functional.Tests.Operations;

/// <summary>Both hosts with the log levels they have out of the box.</summary>
public sealed class DefaultLogLevelsPlatform : LogCountingPlatform;
