using Mediator;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Hosting;
using TelecomGis.Api.Problems;
using TelecomGis.Core.Register;
using TelecomGis.Core.Register.Declarations;
using TelecomGis.Core.Spatial;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Register;

/// <summary>
/// A carrier's declaration, read at the edge (<see cref="DeclarationEndpoints"/>): kept as uploaded and answered with its
/// difference from the register as of now. Nothing enters the register until the carrier confirms it.
/// </summary>
public sealed record UploadDeclaration(ApiUser User, string FileName, byte[] File, IReadOnlyList<DeclaredStructure> Rows, bool English)
    : IRequest<DeclarationDetail>;

public sealed class UploadDeclarationHandler(IAppraisalStore store, CurrentPlan current, TimeProvider clock)
    : IRequestHandler<UploadDeclaration, DeclarationDetail>
{
    public async ValueTask<DeclarationDetail> Handle(UploadDeclaration request, CancellationToken cancellationToken)
    {
        var carrier = request.User.Carrier!;
        var saved = await store.SaveDeclarationAsync(
            new NewDeclaration(carrier, request.User.UserId, clock.GetUtcNow(), request.FileName, request.File, request.Rows),
            cancellationToken
        );
        var diff = await DeclarationDiffs.AgainstRegisterAsync(store, current, saved, cancellationToken);
        return DeclarationDetail.Of(saved, diff, request.English);
    }
}

/// <summary>The carrier confirms its pending declaration: the register takes it, events sourced to the declaration.</summary>
public sealed record ConfirmDeclaration(ApiUser User, long Id, bool English) : IRequest<DeclarationDetail>;

public sealed class ConfirmDeclarationHandler(IAppraisalStore store, CurrentPlan current, TimeProvider clock)
    : IRequestHandler<ConfirmDeclaration, DeclarationDetail>
{
    public async ValueTask<DeclarationDetail> Handle(ConfirmDeclaration request, CancellationToken cancellationToken)
    {
        var declaration = await DeclarationDiffs.FindVisibleAsync(store, request.User, request.Id, cancellationToken);
        if (declaration.ConfirmedAt is not null)
            throw AlreadyConfirmed(declaration.Id);
        var at = clock.GetUtcNow();
        var diff = await DeclarationDiffs.AgainstRegisterAsync(store, current, declaration, cancellationToken);
        var events = DeclarationDiff.Events(diff, declaration.Carrier, declaration.Id, request.User.UserId, at);
        try
        {
            await store.ConfirmDeclarationAsync(declaration.Id, request.User.UserId, at, events, cancellationToken);
        }
        catch (DeclarationAlreadyConfirmedException)
        {
            throw AlreadyConfirmed(declaration.Id);
        }
        var confirmed = (await store.FindDeclarationAsync(declaration.Id, cancellationToken))!;
        return DeclarationDetail.Of(confirmed, diff, request.English);
    }

    private static ConflictException AlreadyConfirmed(long id) =>
        new($"Declaration {id} was already confirmed.", $"Báo cáo số {id} đã được xác nhận trước đó; gửi báo cáo mới nếu có thay đổi.");
}

/// <summary>The difference a declaration makes, and who may see one.</summary>
internal static class DeclarationDiffs
{
    /// <summary>
    /// Against the register now for a pending declaration; for a confirmed one, against the register just before its confirmation
    /// (what the carrier confirmed). The tolerance is the plan's R09.share_tolerance, distances in the province's metric frame.
    /// </summary>
    public static async Task<IReadOnlyList<DeclarationChange>> AgainstRegisterAsync(
        IAppraisalStore store,
        CurrentPlan current,
        Declaration declaration,
        CancellationToken cancellationToken
    )
    {
        var register = await store.LoadRegisterAsync(declaration.ConfirmedAt?.AddTicks(-1), null, cancellationToken);
        return DeclarationDiff.Compare(
            declaration.Carrier,
            declaration.Rows,
            register,
            new MetricFrame(current.Plan.Province.Epsg),
            current.Plan.Rules.Value("R09", "share_tolerance")
        );
    }

    /// <summary>The declaration, if the caller may see it: its own carrier, or the department. Otherwise 404, so ids cannot be probed.</summary>
    public static async Task<Declaration> FindVisibleAsync(
        IAppraisalStore store,
        ApiUser user,
        long id,
        CancellationToken cancellationToken
    )
    {
        var d = await store.FindDeclarationAsync(id, cancellationToken);
        if (d is null || (user.IsCarrier && !string.Equals(d.Carrier, user.Carrier, StringComparison.OrdinalIgnoreCase)))
            throw new NotFoundException($"No declaration {id}.", $"Không có báo cáo số {id}.");
        return d;
    }
}
