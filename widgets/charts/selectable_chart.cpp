#include "charts/selectable_chart.h"

#include "selection/region_selection.h"

#include <QGuiApplication>

namespace wijk::widgets::charts {

SelectableChart::SelectableChart(QGraphicsItem *parent) : QChart(parent) {}

void SelectableChart::setSelectionModel(RegionSelection *model)
{
    if (mModelConnection)
        disconnect(mModelConnection);
    mModel = model;
    if (model) {
        mModelConnection =
            connect(model, &RegionSelection::changed, this, &SelectableChart::onModelChanged);
        setHighlighted(model->selected());
    }
}

void SelectableChart::setHighlighted(const QStringList &codes)
{
    QStringList added, removed;
    const QSet<QString> wanted(codes.cbegin(), codes.cend());
    for (const QString &code : codes) {
        if (!mHighlightSet.contains(code) && !added.contains(code))
            added << code;
    }
    for (const QString &code : qAsConst(mHighlighted)) {
        if (!wanted.contains(code))
            removed << code;
    }
    changeHighlight(added, removed);
}

void SelectableChart::clickRegion(const QString &code, bool additive)
{
    if (code.isEmpty())
        return;
    if (additive) {
        if (mHighlightSet.contains(code))
            changeHighlight({}, {code});
        else
            changeHighlight({code}, {});
    } else {
        setHighlighted({code});
    }
    if (mModel)
        mModel->click(code, additive, this);
    emit selectionEdited(mHighlighted);
}

void SelectableChart::clearSelection()
{
    setHighlighted({});
    if (mModel)
        mModel->clear(this);
    emit selectionEdited(mHighlighted);
}

void SelectableChart::reapplyHighlight()
{
    for (const QString &code : qAsConst(mHighlighted))
        applyHighlight(code, true);
}

bool SelectableChart::additiveModifier()
{
    return QGuiApplication::keyboardModifiers() & Qt::ControlModifier;
}

void SelectableChart::onModelChanged(const QStringList &added, const QStringList &removed,
                                     QObject *origin)
{
    if (origin == this)
        return;
    changeHighlight(added, removed);
}

void SelectableChart::changeHighlight(const QStringList &added, const QStringList &removed)
{
    for (const QString &code : removed) {
        if (mHighlightSet.remove(code)) {
            mHighlighted.removeOne(code);
            applyHighlight(code, false);
        }
    }
    for (const QString &code : added) {
        if (!mHighlightSet.contains(code)) {
            mHighlightSet.insert(code);
            mHighlighted << code;
            applyHighlight(code, true);
        }
    }
}

} // namespace wijk::widgets::charts
