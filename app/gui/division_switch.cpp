#include "gui/division_switch.h"

#include "engine/workspace_loader.h"
#include "workspace/crosswalk_store.h"
#include "workspace/workspace.h"

#include <QCoreApplication>

namespace wijk::gui {

DivisionSwitchResult runDivisionSwitch(const DivisionSwitchInput &input)
{
    DivisionSwitchResult result;
    result.year = input.year;
    QString error;
    const auto workspace =
        workspace::Workspace::open(input.path, workspace::Workspace::OpenMode::ReadOnly, &error);
    if (!workspace) {
        result.error = error;
        return result;
    }
    auto delivered = std::make_shared<engine::Dataset>(input.delivered);
    if (!input.missing.isEmpty()) {
        engine::LoadReport report;
        report.maxWarnings = 0;
        if (!engine::loadIndicators(*delivered, *workspace, input.missing, &report)) {
            result.error = report.error;
            return result;
        }
    }
    const std::vector<workspace::Crosswalk> crosswalks =
        workspace::readCrosswalks(*workspace, true);
    if (crosswalks.empty()) {
        result.error =
            QCoreApplication::translate("WorkbenchSession", "The workspace holds no crosswalk.");
        return result;
    }
    result.harmonised = std::make_shared<engine::HarmonisedDataset>(
        engine::HarmonisedDataset::build(*delivered, crosswalks, input.year));
    result.delivered = std::move(delivered);
    return result;
}

} // namespace wijk::gui
