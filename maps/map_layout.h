// Print layouts of maps: the shipped .qpt template (title, map, legend, scale bar, north
// arrow, source line) filled with styled layers and texts; helpers the wijk profile
// layouts reuse to put a map of any extent into a layout item.
#pragma once

#include <QColor>
#include <QList>
#include <QString>
#include <QStringList>
#include <memory>
#include <qgsrectangle.h>

class QgsLayout;
class QgsLayoutItemLegend;
class QgsLayoutItemMap;
class QgsMapLayer;
class QgsPrintLayout;
class QgsProject;
class QgsVectorLayer;

namespace wijk::maps {

class RegionLayer;

//! The words on a map sheet.
struct MapLayoutText
{
    QString title;       //!< e.g. "Huishoudens met laag inkomen (%)"
    QString subtitle;    //!< e.g. "Wijken, 2024 · kwantielen, 5 klassen"
    QString legendTitle; //!< e.g. "% huishoudens, 2024"
    QString source;      //!< the whole source line (see sourceLine())
};

//! "Bron: <source>, extract <id>, Wijkmonitor Workbench <version>" (parts left out when empty).
QString sourceLine(const QString &source, const QString &extractId);

//! Loads a layout template (.qpt, also ":/layouts/..." resources; empty: the shipped map
//! template) into a new print layout of project.
[[nodiscard]] std::unique_ptr<QgsPrintLayout>
loadLayoutTemplate(QgsProject *project, const QString &templatePath, QString *error);

//! Shows layers (first = on top) in a map item in RD New, zoomed to extent plus a margin
//! (a fraction of the larger side); the item's aspect ratio decides the final extent.
void showInMapItem(QgsLayoutItemMap *map, const QList<QgsMapLayer *> &layers,
                   const QgsRectangle &extent, double margin = 0.04);

//! Fills a legend item with these layers' legends (not the project's layer tree) under
//! title. Layers listed in hideLayerNames show their entries without a layer heading.
void showLegend(QgsLayoutItemLegend *legend, const QList<QgsMapLayer *> &layers,
                const QString &title, const QList<QgsMapLayer *> &hideLayerNames = {});

//! Sets the texts the template's labels show (layout variables @wijk_map_title, ...).
void setLayoutTexts(QgsLayout *layout, const MapLayoutText &text);

//! A finished map sheet: the template, the layers (first = drawn on top, e.g. an outline
//! above its choropleth) at extent; the legend lists the choropleths' classes first.
std::unique_ptr<QgsPrintLayout>
createMapLayout(QgsProject *project, const QList<QgsMapLayer *> &layers, const QgsRectangle &extent,
                const MapLayoutText &text, QString *error, const QString &templatePath = QString());

//! A layer drawing only the outlines of some regions (e.g. the wijk a profile is about),
//! named name in legends. Geometry is copied; nullptr when no code is known.
std::unique_ptr<QgsVectorLayer> createOutlineLayer(const RegionLayer &regions,
                                                   const QStringList &codes, const QString &name,
                                                   const QColor &colour = QColor(20, 20, 20),
                                                   double widthMm = 0.7);

} // namespace wijk::maps
