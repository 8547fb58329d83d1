namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>
/// One site that no test writes to, so assertions about the seeded content (exactly nine offers)
/// hold. Tests that add or change data use <see cref="WritableSite"/>.
/// </summary>
[CollectionDefinition(Name)]
public sealed class ReadOnlySite : ICollectionFixture<SiteFactory>
{
    public const string Name = "Read-only site";
}

/// <summary>
/// One site for tests that add offers or accounts. Each test creates its own uniquely named data,
/// so the tests do not depend on each other's order.
/// </summary>
[CollectionDefinition(Name)]
public sealed class WritableSite : ICollectionFixture<SiteFactory>
{
    public const string Name = "Writable site";
}
