using System.Globalization;
using System.Text;
using System.Xml;

namespace Oldenburg.Integration.Web.Features.Monitor.Charts;

/// <summary>
/// Writes a scene as one svg element. XmlWriter escapes every text and attribute; characters XML cannot
/// carry are dropped first. Only presentation attributes are used: the site's CSP forbids inline styles,
/// and print keeps presentation attributes when it drops stylesheets.
/// </summary>
public static class SvgWriter
{
    private const string SvgNamespace = "http://www.w3.org/2000/svg";

    public static string Write(ChartScene scene, string title, string description, string idPrefix, bool rightToLeft)
    {
        var output = new StringBuilder();
        var settings = new XmlWriterSettings { OmitXmlDeclaration = true, ConformanceLevel = ConformanceLevel.Fragment };
        using (var xml = XmlWriter.Create(output, settings))
        {
            var hatch = idPrefix + "-hatch";
            xml.WriteStartElement("svg", SvgNamespace);
            Attr(xml, "viewBox", $"0 0 {N(scene.Width)} {N(Math.Ceiling(scene.Height))}");
            Attr(xml, "class", "chart");
            Attr(xml, "role", "img");
            Attr(xml, "aria-labelledby", $"{idPrefix}-title {idPrefix}-desc");
            // Set both ways: an inline svg otherwise inherits the page's direction.
            Attr(xml, "direction", rightToLeft ? "rtl" : "ltr");
            Attr(xml, "font-size", N(ChartStyle.FontSize));
            Attr(xml, "font-family", "'Fira Sans', 'Noto Sans Arabic', sans-serif");
            Element(xml, "title", idPrefix + "-title", title);
            Element(xml, "desc", idPrefix + "-desc", description);
            WriteHatch(xml, hatch);
            foreach (var item in scene.Items)
            {
                WriteItem(xml, item, hatch);
            }
            xml.WriteEndElement();
        }
        return output.ToString();
    }

    private static void WriteHatch(XmlWriter xml, string id)
    {
        xml.WriteStartElement("defs");
        xml.WriteStartElement("pattern");
        Attr(xml, "id", id);
        Attr(xml, "patternUnits", "userSpaceOnUse");
        Attr(xml, "width", "6");
        Attr(xml, "height", "6");
        Attr(xml, "patternTransform", "rotate(45)");
        Rect(xml, 0, 0, 6, 6, "#ffffff", null);
        xml.WriteStartElement("path");
        Attr(xml, "d", "M0 0V6");
        Attr(xml, "stroke", ChartStyle.Axis);
        Attr(xml, "stroke-width", "3");
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndElement();
    }

    private static void WriteItem(XmlWriter xml, SceneItem item, string hatch)
    {
        switch (item)
        {
            case SceneText t:
                xml.WriteStartElement("text");
                Attr(xml, "class", t.Class);
                Attr(xml, "x", N(t.X));
                Attr(xml, "y", N(t.Y));
                Attr(xml, "fill", t.Fill);
                if (t.Anchor != TextAnchor.Start)
                {
                    Attr(xml, "text-anchor", t.Anchor == TextAnchor.Middle ? "middle" : "end");
                }
                if (t.Bold)
                {
                    Attr(xml, "font-weight", "bold");
                }
                xml.WriteString(Clean(t.Text));
                xml.WriteEndElement();
                break;
            case SceneLine l:
                xml.WriteStartElement("line");
                Attr(xml, "class", l.Class);
                Attr(xml, "x1", N(l.X1));
                Attr(xml, "y1", N(l.Y1));
                Attr(xml, "x2", N(l.X2));
                Attr(xml, "y2", N(l.Y2));
                Attr(xml, "stroke", l.Stroke);
                Attr(xml, "stroke-width", N(l.StrokeWidth));
                xml.WriteEndElement();
                break;
            case ScenePath p:
                xml.WriteStartElement("path");
                Attr(xml, "class", p.Class);
                Attr(xml, "d", string.Join(" ", p.Segments.Select(s => "M" + string.Join("L", s.Select(pt => N(pt.X) + " " + N(pt.Y))))));
                Attr(xml, "fill", "none");
                Attr(xml, "stroke", p.Stroke);
                Attr(xml, "stroke-width", N(p.StrokeWidth));
                Attr(xml, "stroke-linejoin", "round");
                if (p.Dash is not null)
                {
                    Attr(xml, "stroke-dasharray", p.Dash);
                }
                xml.WriteEndElement();
                break;
            case SceneRect r:
                xml.WriteStartElement("rect");
                Attr(xml, "class", r.Class);
                WriteRectGeometry(xml, r.X, r.Y, r.Width, r.Height);
                SvgMarks.WriteFill(xml, r.Pattern, r.Fill, r.Stroke, hatch);
                xml.WriteEndElement();
                break;
            case SceneMarker m:
                xml.WriteStartElement("path");
                Attr(xml, "class", m.Class);
                Attr(xml, "d", SvgMarks.Path(m.Shape, m.X, m.Y));
                SvgMarks.WriteFill(xml, m.Fill, m.Color, m.Color, hatch);
                xml.WriteEndElement();
                break;
            default:
                throw new InvalidOperationException($"No markup for {item.GetType().Name}.");
        }
    }

    private static void Rect(XmlWriter xml, double x, double y, double width, double height, string fill, string? cls)
    {
        xml.WriteStartElement("rect");
        if (cls is not null)
        {
            Attr(xml, "class", cls);
        }
        WriteRectGeometry(xml, x, y, width, height);
        Attr(xml, "fill", fill);
        xml.WriteEndElement();
    }

    private static void WriteRectGeometry(XmlWriter xml, double x, double y, double width, double height)
    {
        Attr(xml, "x", N(x));
        Attr(xml, "y", N(y));
        Attr(xml, "width", N(width));
        Attr(xml, "height", N(height));
    }

    private static void Element(XmlWriter xml, string name, string id, string text)
    {
        xml.WriteStartElement(name);
        Attr(xml, "id", id);
        xml.WriteString(Clean(text));
        xml.WriteEndElement();
    }

    internal static void Attr(XmlWriter xml, string name, string value) => xml.WriteAttributeString(name, Clean(value));

    /// <summary>Control characters and lone surrogates are not XML; they would make the writer throw.</summary>
    private static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                clean.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                clean.Append(text, i++, 2);
            }
        }
        return clean.ToString();
    }

    // Adding zero turns a rounded -0 into 0, so no coordinate reads "-0".
    internal static string N(double value) => (Math.Round(value, 1) + 0d).ToString("0.#", CultureInfo.InvariantCulture);
}
