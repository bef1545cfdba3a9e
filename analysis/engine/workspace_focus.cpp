#include "engine/workspace_focus.h"

#include "import/import_transaction.h"
#include "workspace/workspace.h"

namespace wijk::engine {

WorkspaceFocus workspaceFocus(const workspace::Workspace &file, const Dataset &dataset,
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
    result.focus = RegionFocus(dataset, RegionFocus::fromStoredText(file.focusText()));
    if (result.focus.isSet()) {
        result.origin = FocusOrigin::Stored;
        return result;
    }
    QStringList named;
    for (const workspace::ExtractInfo &extract : file.extracts())
        named << extract.municipalityCode;
    result.focus = RegionFocus(dataset, RegionFocus::proposal(dataset, named));
    result.origin = result.focus.isSet() ? FocusOrigin::Proposed : FocusOrigin::None;
    return result;
}

bool storeFocus(workspace::Workspace &file, const QStringList &codes, QString *error)
{
    std::unique_ptr<import::ImportTransaction> transaction =
        import::ImportTransaction::begin(file, error);
    if (!transaction)
        return false;
    if (!transaction->setFocusText(RegionFocus::storedText(codes))) {
        *error = transaction->lastError();
        return false;
    }
    return transaction->commit(error);
}

} // namespace wijk::engine
