using MissionControl.Core.Consultations;

namespace MissionControl.Core.Tests.Consultations;

public class ModerationRuleTests
{
    [Fact]
    public void ApplyReport_BelowThreshold_StaysVisible()
    {
        var moderation = new Moderation();

        Assert.False(ModerationRule.ApplyReport(moderation, reportsToHide: 3));
        Assert.False(ModerationRule.ApplyReport(moderation, reportsToHide: 3));

        Assert.Equal(2, moderation.Reports);
        Assert.False(moderation.Hidden);
        Assert.False(moderation.PendingReview);
    }

    [Fact]
    public void ApplyReport_ThirdOfThree_HidesPendingReview()
    {
        var moderation = new Moderation { Reports = 2 };

        var hid = ModerationRule.ApplyReport(moderation, reportsToHide: 3);

        Assert.True(hid);
        Assert.True(moderation.Hidden);
        Assert.True(moderation.PendingReview);
        Assert.Equal(3, moderation.Reports);
        Assert.Contains("reported by 3 people", moderation.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void ApplyReport_AfterModeratorRestored_StaysVisible()
    {
        var moderation = new Moderation { Reports = 3 };
        ModerationRule.Restore(moderation, "moderator", DateTimeOffset.UnixEpoch);

        var hid = ModerationRule.ApplyReport(moderation, reportsToHide: 3);

        Assert.False(hid);
        Assert.False(moderation.Hidden);
        Assert.Equal(4, moderation.Reports);
    }

    [Fact]
    public void Hide_WithReason_NoticeNamesTheReason()
    {
        var moderation = new Moderation { PendingReview = true };

        ModerationRule.Hide(moderation, "personal attack", "moderator", DateTimeOffset.UnixEpoch);

        Assert.True(moderation.Hidden);
        Assert.False(moderation.PendingReview);
        Assert.Equal("Hidden by the moderators: personal attack", ModerationRule.HiddenNotice(moderation.Reason));
    }

    [Fact]
    public void Restore_HiddenItem_VisibleAndReviewed()
    {
        var moderation = new Moderation { Hidden = true, PendingReview = true, Reason = "x" };

        ModerationRule.Restore(moderation, "moderator", DateTimeOffset.UnixEpoch);

        Assert.False(moderation.Hidden);
        Assert.False(moderation.PendingReview);
        Assert.Null(moderation.Reason);
        Assert.Equal("moderator", moderation.ModeratedBy);
    }
}
