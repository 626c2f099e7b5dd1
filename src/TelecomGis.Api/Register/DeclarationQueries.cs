using Mediator;
using TelecomGis.Api.Auth;
using TelecomGis.Api.Hosting;
using TelecomGis.Storage.Stores;

namespace TelecomGis.Api.Register;

/// <summary>Declarations newest first: a carrier its own, the department everyone's.</summary>
public sealed record ListDeclarations(ApiUser User) : IRequest<IReadOnlyList<DeclarationSummaryView>>;

public sealed class ListDeclarationsHandler(IAppraisalStore store)
    : IRequestHandler<ListDeclarations, IReadOnlyList<DeclarationSummaryView>>
{
    public async ValueTask<IReadOnlyList<DeclarationSummaryView>> Handle(ListDeclarations request, CancellationToken cancellationToken) =>
        [
            .. (await store.ListDeclarationsAsync(request.User.IsCarrier ? request.User.Carrier : null, cancellationToken)).Select(
                DeclarationSummaryView.Of
            ),
        ];
}

/// <summary>One declaration with its difference from the register (404 for another carrier's).</summary>
public sealed record GetDeclaration(ApiUser User, long Id, bool English) : IRequest<DeclarationDetail>;

public sealed class GetDeclarationHandler(IAppraisalStore store, CurrentPlan current) : IRequestHandler<GetDeclaration, DeclarationDetail>
{
    public async ValueTask<DeclarationDetail> Handle(GetDeclaration request, CancellationToken cancellationToken)
    {
        var d = await DeclarationDiffs.FindVisibleAsync(store, request.User, request.Id, cancellationToken);
        return DeclarationDetail.Of(d, await DeclarationDiffs.AgainstRegisterAsync(store, current, d, cancellationToken), request.English);
    }
}
