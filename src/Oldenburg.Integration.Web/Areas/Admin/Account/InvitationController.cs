using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Oldenburg.Integration.Web.Domain;
using Oldenburg.Integration.Web.Infrastructure.Identity;

namespace Oldenburg.Integration.Web.Areas.Admin.Account;

/// <summary>The invitee's page: anonymous, reached only through the link, where they set their password.</summary>
[Area("Admin")]
[AllowAnonymous]
[ResponseCache(NoStore = true, Location = ResponseCacheLocation.None)]
public sealed class InvitationController(InvitationAcceptance acceptance) : Controller
{
    [HttpGet]
    public async Task<IActionResult> Accept(string? token, CancellationToken cancellationToken)
    {
        var (state, invitation) = await acceptance.FindAsync(token, cancellationToken);
        return state == InvitationState.Open && invitation is not null
            ? View(new AcceptInvitationModel { Token = token! })
            : LinkRefused(state);
    }

    [HttpPost]
    [EnableRateLimiting("login")]
    public async Task<IActionResult> Accept(AcceptInvitationModel model, CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            var (state, _) = await acceptance.FindAsync(model.Token, cancellationToken);
            return state == InvitationState.Open ? View(model) : LinkRefused(state);
        }

        var outcome = await acceptance.AcceptAsync(model.Token, model.NewPassword, cancellationToken);
        if (outcome.Succeeded)
        {
            TempData["Flash"] = "Ihr Konto ist eingerichtet. Bitte melden Sie sich mit Ihrer E-Mail-Adresse und dem neuen Passwort an.";
            return RedirectToAction("Login", "Account");
        }

        if (outcome.State != InvitationState.Open)
        {
            return LinkRefused(outcome.State);
        }

        foreach (var error in outcome.Errors)
        {
            ModelState.AddModelError(nameof(AcceptInvitationModel.NewPassword), IdentityMessages.German(error));
        }

        return View(model);
    }

    private ViewResult LinkRefused(InvitationState state) => View("LinkRefused", state switch
    {
        InvitationState.Accepted => "Diese Einladung wurde schon angenommen. Melden Sie sich mit Ihrer E-Mail-Adresse an; haben Sie das Passwort vergessen, können Sie es auf der Anmeldeseite neu setzen.",
        InvitationState.Revoked => "Diese Einladung wurde zurückgezogen. Wenden Sie sich bitte an die Person, die Sie eingeladen hat.",
        InvitationState.Expired => "Diese Einladung ist abgelaufen. Bitten Sie die Person, die Sie eingeladen hat, die Einladung erneut zu senden.",
        _ => "Dieser Einladungslink ist nicht gültig. Prüfen Sie, ob Sie ihn vollständig aus der E-Mail übernommen haben, oder bitten Sie um eine neue Einladung.",
    });
}

public sealed class AcceptInvitationModel : NewPasswordModel
{
    [Required]
    [StringLength(100)]
    public string Token { get; set; } = "";
}
