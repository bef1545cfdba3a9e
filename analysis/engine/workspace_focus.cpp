#include "engine/workspace_focus.h"

#include "import/import_transaction.h"
#include "workspace/workspace.h"

namespace wijk::engine {

WorkspaceFocus workspaceFocus(const workspace::Workspace &workspace, const Dataset &dataset,
                              const QStringList &given)
{
    WorkspaceFocus result;
    if (!given.isEmpty()) {
        result.focus = RegionFocus(dataset, given);
        result.origin = result.focus.isSet() ? FocusOrigin::Given : FocusOrigin::None;
        return result;
    }
    if (!RegionFocus::needsFocus(dataset))
        return result;
    result.focus = RegionFocus(dataset, RegionFocus::fromStoredText(workspace.focusText()));
    if (result.focus.isSet()) {
        result.origin = FocusOrigin::Stored;
        return result;
    }
    QStringList named;
    for (const workspace::ExtractInfo &extract : workspace.extracts())
        named << extract.municipalityCode;
    result.focus = RegionFocus(dataset, RegionFocus::proposal(dataset, named));
    result.origin = result.focus.isSet() ? FocusOrigin::Proposed : FocusOrigin::None;
    return result;
}

bool storeFocus(workspace::Workspace &workspace, const QStringList &codes, QString *error)
{
    std::unique_ptr<import::ImportTransaction> transaction =
        import::ImportTransaction::begin(workspace, error);
    if (!transaction)
        return false;
    if (!transaction->setFocusText(RegionFocus::storedText(codes))) {
        *error = transaction->lastError();
        return false;
    }
    return transaction->commit(error);
}

} // namespace wijk::engine
