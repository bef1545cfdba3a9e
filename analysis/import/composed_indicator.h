// Indicators the workbench composes itself (a composite index, docs/engine.md): stored like
// an import, all or nothing, as an extract of format "composite" whose manifest is the
// definition, so the index maps, charts, trends, reports and exports like any other
// indicator and can be recomputed from what the workspace remembers.
#pragma once

#include "model/model.h"

#include <QByteArray>
#include <vector>

namespace wijk::workspace {
class Workspace;
}

namespace wijk::import {

//! The format name of such extracts.
inline constexpr const char *kComposedFormat = "composite";

//! Writes the catalogue entry (replacing one of the same code) and the values (superseding
//! earlier ones; NaN values mark regions that have no index any more) in one transaction.
//! False with *error when the workspace cannot be written; nothing is written then.
bool storeComposedIndicator(workspace::Workspace &workspace, const Indicator &indicator,
                            const std::vector<Observation> &values,
                            const QByteArray &definitionJson, QString *error);

//! The definition (manifest) of the latest composed extract for an indicator code; empty
//! when the workspace has none.
QByteArray composedDefinition(const workspace::Workspace &workspace, const QString &code);

} // namespace wijk::import
