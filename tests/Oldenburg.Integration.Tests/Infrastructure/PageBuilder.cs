using Oldenburg.Integration.Web.Domain;

// The tests' own Page is a fetched HTML page; this is the content type.
using StandingPage = Oldenburg.Integration.Web.Domain.Page;

namespace Oldenburg.Integration.Tests.Infrastructure;

/// <summary>Builds a standing page for a test: published, not in the footer, and a unique slug unless told otherwise.</summary>
public sealed class PageBuilder
{
    private readonly List<PageTranslation> _translations = [];
    private readonly string _slug = Unique.Name("test-page");
    private PublishState _state = PublishState.Published;
    private int? _footerOrder;
    private bool _easyRead;

    public string Slug => _slug;

    public PageBuilder WithTranslation(string culture, string title, string? body = null)
    {
        _translations.RemoveAll(t => t.Culture == culture);
        _translations.Add(new PageTranslation { Culture = culture, Title = title, Body = body ?? $"{title} (body)" });
        return this;
    }

    public PageBuilder Draft()
    {
        _state = PublishState.Draft;
        return this;
    }

    public PageBuilder InFooter(int order)
    {
        _footerOrder = order;
        return this;
    }

    /// <summary>A page of the Leichte Sprache section.</summary>
    public PageBuilder EasyRead()
    {
        _easyRead = true;
        return this;
    }

    public StandingPage Build()
    {
        var page = new StandingPage
        {
            Slug = _slug,
            State = _state,
            FooterOrder = _footerOrder,
            EasyRead = _easyRead,
            Translations = [.. _translations],
        };
        page.Touch("tests", DateTime.UtcNow);
        return page;
    }
}
