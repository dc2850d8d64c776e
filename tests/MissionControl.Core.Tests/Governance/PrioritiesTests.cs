using MissionControl.Core.Governance;

namespace MissionControl.Core.Tests.Governance;

/// <summary>The centre's order of missions, and when a capability counts as a gap.</summary>
public class PrioritiesTests
{
    [Fact]
    public void Reorder_SomeListed_ListedFirstThenTheRestInTheirOrder()
    {
        // Current a, b, c, d; the centre puts c then a first: c, a, then b and d as they were.
        Assert.Equal(["c", "a", "b", "d"], SetPriorities.Reorder(["a", "b", "c", "d"], ["c", "a"]));
    }

    [Fact]
    public void Reorder_AllListed_ExactlyThatOrder()
    {
        Assert.Equal(["b", "a"], SetPriorities.Reorder(["a", "b"], ["b", "a"]));
    }

    [Theory]
    [InlineData(null, 1, false)] // someone supplies it, no gap written down
    [InlineData("", 1, false)]
    [InlineData(null, 0, true)] // nobody supplies it
    [InlineData("One adviser short", 2, true)] // supplied, but a gap is written down
    public void HasGap_GapTextOrNoSupplier(string? gap, int suppliers, bool expected)
    {
        var capability = new Capability
        {
            Name = "Procurement",
            Gap = gap,
            Suppliers = [.. Enumerable.Range(0, suppliers).Select(i => new CapabilitySupplier { Name = $"Supplier {i}" })],
        };

        Assert.Equal(expected, SaveCapability.HasGap(capability));
    }
}
