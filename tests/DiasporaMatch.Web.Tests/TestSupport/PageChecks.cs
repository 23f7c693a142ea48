using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace DiasporaMatch.Web.TestSupport;

/// <summary>#18 item 6's checks of what a page shows: no horizontal overflow, no serious or critical axe-core violation (WCAG 2.1 A and AA).</summary>
public static class PageChecks
{
    private static readonly string[] Tags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    public static async Task NoOverflowNoSeriousViolationAsync(IPage page, string what)
    {
        // The page's own requests done (bounded by the context's timeout), so what is measured is what is shown.
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        var widths = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        var (scroll, viewport) = (widths[0], widths[1]);
        if (scroll > viewport)
        {
            // Name the culprits so the failure says what to fix: the innermost elements past either edge (Arabic overflows leftwards).
            var wide = await page.EvaluateAsync<string[]>("""
                () => {
                  const out = e => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.right > window.innerWidth + 1 || r.left < -1); };
                  return [...document.querySelectorAll('body *')].filter(e => out(e) && ![...e.children].some(out))
                    .slice(0, 5).map(e => `${e.tagName.toLowerCase()}#${e.id}.${e.className?.baseVal ?? e.className} ${Math.round(e.getBoundingClientRect().width)}px`);
                }
                """);
            Assert.Fail($"{what}: the page is {scroll}px wide in a {viewport}px viewport: {string.Join("; ", wide)}");
        }

        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. Tags] } });
        var serious = result.Violations.Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{v.Id} ({v.Impact}): {v.Help} at {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Target?.ToString()))}")
            .ToList();
        Assert.True(serious.Count == 0, $"{what}: {string.Join("; ", serious)}");
    }
}
