// Base of the charts that take part in linked selection (ranking, scatter): a click selects
// a region (Ctrl toggles it), a selection from outside only recolours the affected bars or
// points, and changes this chart caused itself are ignored when they come back.
#pragma once

#include "charts/charts_namespace.h"
#include "selection/region_selection.h"

#include <QPointer>
#include <QSet>
#include <QStringList>
#include <QtCharts/QChart>

namespace wijk::widgets::charts {

class SelectableChart : public WIJK_CHARTS_NAMESPACE::QChart
{
    Q_OBJECT
public:
    explicit SelectableChart(QGraphicsItem *parent = nullptr);

    //! Follows model from now on (may be null) and highlights its current selection.
    void setSelectionModel(RegionSelection *model);
    RegionSelection *selectionModel() const { return mModel; }

    //! Highlights exactly codes, recolouring only the regions whose state changes.
    void setHighlighted(const QStringList &codes);
    QStringList highlighted() const { return mHighlighted; }
    bool isHighlighted(const QString &code) const { return mHighlightSet.contains(code); }

    //! What a click on a region does: select it alone, or toggle it when additive (Ctrl).
    void clickRegion(const QString &code, bool additive);
    //! What Esc does: nothing selected, here and in the model.
    void clearSelection();

signals:
    //! The user changed the selection in this chart; selected is the full new selection.
    void selectionEdited(const QStringList &selected);

protected:
    //! Recolours one region; codes the chart does not show are ignored.
    virtual void applyHighlight(const QString &code, bool on) = 0;
    //! Re-applies the current highlight after the chart was rebuilt.
    void reapplyHighlight();
    //! True when Ctrl (Cmd on macOS) is held: clicks then add or remove.
    static bool additiveModifier();

private:
    void onModelChanged(const QStringList &added, const QStringList &removed, QObject *origin);
    void changeHighlight(const QStringList &added, const QStringList &removed);

    QStringList mHighlighted;
    QSet<QString> mHighlightSet;
    QPointer<RegionSelection> mModel;
    QMetaObject::Connection mModelConnection;
};

} // namespace wijk::widgets::charts
