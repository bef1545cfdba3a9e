// What the window's views show, as JSON (issue 19, "a testable state"): written next to a
// --screenshot FILE as FILE.json, so a script or test checks the state without pixels.
#pragma once

#include <QJsonObject>

namespace wijk::gui {

class MainWindow;

//! {map {level, year, boundaries_year, features_drawn, message, legend}, ranking {regions,
//! names, cut}, trend {series, first_year, last_year}, table {rows, regions},
//! focus {gemeenten, whole_country, origin}}.
QJsonObject viewState(const MainWindow &window);

} // namespace wijk::gui
