namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>
/// Attempts to get script, event handlers, foreign URL schemes or styles onto a page through a
/// rich-text field: raw HTML, Markdown links, images and autolinks, and encoded or split variants
/// of each. Raw control characters are left out because forms refuse them before saving.
/// </summary>
public static class XssVectors
{
    public static readonly IReadOnlyList<string> All =
    [
        // Raw HTML: tags, event handlers, styles and embedded content.
        "<script>alert(1)</script>",
        "<SCRIPT SRC=https://evil.example/x.js></SCRIPT>",
        "<scr<script>ipt>alert(1)</scr</script>ipt>",
        "<img src=x onerror=alert(1)>",
        "<img src=\"javascript:alert(1)\">",
        "<svg onload=alert(1)>",
        "<svg><script>alert(1)</script></svg>",
        "<body onload=alert(1)>",
        "<iframe src=\"https://evil.example\"></iframe>",
        "<iframe srcdoc=\"<script>alert(1)</script>\"></iframe>",
        "<object data=\"javascript:alert(1)\"></object>",
        "<embed src=\"javascript:alert(1)\">",
        "<style>body{display:none}</style>",
        "<p style=\"background:url(javascript:alert(1))\">x</p>",
        "<div style=\"position:fixed;inset:0\">Überdeckt</div>",
        "<a href=\"javascript:alert(1)\">klick</a>",
        "<a href=\"#\" onclick=\"alert(1)\">klick</a>",
        "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
        "<form action=\"javascript:alert(1)\"><button>Senden</button></form>",
        "<input autofocus onfocus=alert(1)>",
        "<details open ontoggle=alert(1)>",
        "<meta http-equiv=\"refresh\" content=\"0;url=javascript:alert(1)\">",
        "<base href=\"javascript:alert(1)//\">",
        "<!--<img src=\"--><img src=x onerror=alert(1)//\">",

        // Markdown links and images.
        "[klick](javascript:alert(1))",
        "[klick](JaVaScRiPt:alert(1))",
        "[klick](javascript&#58;alert(1))",
        "[klick](&#106;&#97;&#118;&#97;&#115;&#99;&#114;&#105;&#112;&#116;&#58;alert(1))",
        "[klick](java%0ascript:alert(1))",
        "[klick](  javascript:alert(1)  )",
        "[klick](<javascript:alert(1)>)",
        "[klick](vbscript:msgbox(1))",
        "[klick](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
        "[klick](DATA:text/html,<script>alert(1)</script>)",
        "[klick](https://example.org \"onmouseover=alert(1)\")",
        "[klick\"onmouseover=\"alert(1)](https://example.org)",
        "[klick](https://example.org\" onclick=\"alert(1))",
        "![bild](javascript:alert(1))",
        "![bild\" onerror=\"alert(1)](x)",
        "![bild](https://evil.example/pixel.gif)",
        "[klick][ref]\n\n[ref]: javascript:alert(1)",
        "[![bild](x)](javascript:alert(1))",
        "[a](javascript://%0aalert(1))",

        // Autolinks, bare and in angle brackets.
        "<javascript:alert(1)>",
        "<vbscript:msgbox(1)>",
        "<data:text/html,<script>alert(1)</script>>",
        "javascript:alert(1)",
        "www.example.org/\"onmouseover=\"alert(1)",

        // Entities and encodings around raw HTML.
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&#60;img src=x onerror=alert(1)&#62;",
        "\\<script\\>alert(1)\\</script\\>",
        "`<script>alert(1)</script>`",
        "**<img src=x onerror=alert(1)>**",
        "## <svg onload=alert(1)>",
        "- <a href=javascript:alert(1)>Liste</a>",
        "> <iframe src=javascript:alert(1)>",
    ];
}
