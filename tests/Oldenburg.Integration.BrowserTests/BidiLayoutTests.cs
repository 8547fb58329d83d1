using Oldenburg.Integration.BrowserTests.Infrastructure;

namespace Oldenburg.Integration.BrowserTests;

/// <summary>A Latin name in brackets inside an Arabic heading stays whole on a small phone, brackets the right way round.</summary>
[Collection(BrowserSuite.Name)]
public sealed class BidiLayoutTests(BrowserFixture fixture)
{
    // The bracketed part's boxes, and the line boxes of its first and last character.
    private const string Measure = """
        () => {
          const group = document.querySelector('main h1 .bidi-group');
          if (!group) return null;
          const text = group.firstChild;
          const charRect = i => { const r = document.createRange(); r.setStart(text, i); r.setEnd(text, i + 1); return r.getBoundingClientRect(); };
          const first = charRect(0), last = charRect(text.length - 1), box = group.getBoundingClientRect();
          return { text: group.textContent, rects: group.getClientRects().length, firstTop: first.top, lastTop: last.top,
                   firstLeft: first.left, lastLeft: last.left, left: box.left, right: box.right, width: window.innerWidth };
        }
        """;

    [Fact]
    public async Task ArabicHome_PhoneWidth_KeepsParenthesisedOfficeNameOnOneLine()
    {
        await using var session = await fixture.NewSessionAsync(new() { ViewportSize = new() { Width = 320, Height = 640 } });
        await session.GotoAsync("/ar/");
        await session.Page.EvaluateAsync("() => document.fonts.ready");

        var m = await session.Page.EvaluateAsync<Measurement?>(Measure);

        Assert.NotNull(m);
        Assert.Equal("(Stabsstelle Integration)", m.Text);
        Assert.True(m.Rects == 1, $"The bracketed name is split into {m.Rects} boxes.");
        Assert.True(Math.Abs(m.FirstTop - m.LastTop) < 1, $"'(' and ')' are on different lines ({m.FirstTop} vs {m.LastTop}).");
        Assert.True(m.FirstLeft < m.LastLeft, "The brackets read right to left: '(' is not before ')'.");
        Assert.True(m.Left >= 0 && m.Right <= m.Width, $"The bracketed name sticks out of the page: {m.Left}..{m.Right} of {m.Width}.");
        session.Guard.AssertNothingLeftTheMachine();
    }

    private sealed class Measurement
    {
        public string Text { get; set; } = "";

        public int Rects { get; set; }

        public double FirstTop { get; set; }

        public double LastTop { get; set; }

        public double FirstLeft { get; set; }

        public double LastLeft { get; set; }

        public double Left { get; set; }

        public double Right { get; set; }

        public double Width { get; set; }
    }
}
