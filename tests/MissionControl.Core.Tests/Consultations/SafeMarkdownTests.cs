using MissionControl.Core.Consultations;

namespace MissionControl.Core.Tests.Consultations;

/// <summary>Markdown from the public comes out as formatting only: no script, no raw HTML, no script links.</summary>
public class SafeMarkdownTests
{
    [Fact]
    public void ToHtml_PlainMarkdown_RendersFormatting()
    {
        var html = SafeMarkdown.ToHtml("**Bike lanes** on *every* road\n\n- one\n- two");

        Assert.Contains("<strong>Bike lanes</strong>", html, StringComparison.Ordinal);
        Assert.Contains("<em>every</em>", html, StringComparison.Ordinal);
        Assert.Contains("<li>one</li>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_ScriptTag_IsEscapedAsText()
    {
        var html = SafeMarkdown.ToHtml("Hello <script>alert('x')</script> world");

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("&lt;script&gt;", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_RawHtmlBlockWithHandler_IsNotAnElement()
    {
        var html = SafeMarkdown.ToHtml("<img src=x onerror=\"alert(1)\">\n\n<iframe src=\"https://evil.example\"></iframe>");

        Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<iframe", html, StringComparison.OrdinalIgnoreCase);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JaVaScRiPt:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)")]
    [InlineData("[click](vbscript:msgbox(1))")]
    public void ToHtml_ScriptLink_LosesItsTarget(string markdown)
    {
        var html = SafeMarkdown.ToHtml(markdown);

        Assert.DoesNotContain("javascript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("data:", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("vbscript:", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("click", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_HttpsLink_KeptWithNofollow()
    {
        var html = SafeMarkdown.ToHtml("[the plan](https://kefm.dk/plan)");

        Assert.Contains("href=\"https://kefm.dk/plan\"", html, StringComparison.Ordinal);
        Assert.Contains("rel=\"nofollow noopener noreferrer\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void ToHtml_Empty_IsEmpty() => Assert.Equal("", SafeMarkdown.ToHtml("  "));
}
