namespace Catalog.Domain.Scorecards;

/// <summary>
/// Handoffs between departments. The standard allows one transfer; <paramref name="BeyondOne"/> counts every transfer
/// past the first of a request (the ones that count against the provider).
/// </summary>
public sealed record TransferFigures(int Transfers, int RequestsTransferredMoreThanOnce, int BeyondOne);
