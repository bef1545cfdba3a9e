// Turns a read KWB table into what the workspace stores: indicators (from the CBS
// catalogue or defaults), regions derived from the codes, and one value per cell.
// Checks everything and reports every problem; writes nothing.
#pragma once

#include "import/cbs_kwb_table.h"
#include "import/cbs_metadata.h"
#include "import/import_report.h"
#include "model/model.h"

#include <vector>

namespace wijk::workspace {
class Workspace;
}

namespace wijk::import::cbs {

struct KwbMapping
{
    struct Column
    {
        QString key; //!< as in the file, e.g. AantalInwoners_5
        Indicator indicator;
        bool fromCatalogue = false;
    };
    struct Value
    {
        int region = 0; //!< index into regions
        int column = 0; //!< index into columns
        double value = 0;
        ValueStatus status = ValueStatus::Final;
    };
    std::vector<Column> columns;
    std::vector<Region> regions;
    std::vector<Value> values;
    QString municipalityCode; //!< the only gemeente in the table, else empty
    QString municipalityName;
};

//! Maps a table for one year; names of wijken and buurten already in the workspace for
//! that vintage are kept (the KWB table only names municipalities).
[[nodiscard]] KwbMapping mapKwbTable(const KwbTable &table, const Catalogue &catalogue, int period,
                                     const workspace::Workspace &workspace, ImportReport &report);

} // namespace wijk::import::cbs
