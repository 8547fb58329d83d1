using Oldenburg.Integration.Web.Domain;

namespace Oldenburg.Integration.Tests.Unit;

public class ContentItemTests
{
    private static readonly DateTime First = new(2026, 3, 1, 9, 0, 0, DateTimeKind.Utc);
    private static readonly DateTime Later = new(2026, 3, 2, 17, 30, 0, DateTimeKind.Utc);

    [Fact]
    public void Touch_NewItem_SetsCreatedAndUpdated()
    {
        var offer = new Offer();

        offer.Touch("editor@example.org", First);

        Assert.Equal(First, offer.CreatedAt);
        Assert.Equal(First, offer.UpdatedAt);
        Assert.Equal("editor@example.org", offer.UpdatedBy);
    }

    [Fact]
    public void Touch_ExistingItem_KeepsCreatedAndUpdatesTheRest()
    {
        var offer = new Offer();
        offer.Touch("first@example.org", First);

        offer.Touch("second@example.org", Later);

        Assert.Equal(First, offer.CreatedAt);
        Assert.Equal(Later, offer.UpdatedAt);
        Assert.Equal("second@example.org", offer.UpdatedBy);
    }

    [Fact]
    public void IsPublished_DraftOrPublished_TrueOnlyWhenPublished()
    {
        Assert.False(new Offer().IsPublished);
        Assert.True(new Offer { State = PublishState.Published }.IsPublished);
    }
}
