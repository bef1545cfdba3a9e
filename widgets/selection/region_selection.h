// The one selection of regions shared by the linked views of the workbench (map, charts,
// tables), in the style of GeoDa's HighlightState: views receive only the delta and
// ignore the changes they caused themselves (compare origin with this).
#pragma once

#include <QObject>
#include <QSet>
#include <QStringList>

namespace wijk::widgets {

class RegionSelection : public QObject
{
    Q_OBJECT
public:
    explicit RegionSelection(QObject *parent = nullptr);

    //! Replaces the selection by codes (duplicates and empty codes are dropped).
    void setSelection(const QStringList &codes, QObject *origin = nullptr);
    //! Adds codes to the selection.
    void add(const QStringList &codes, QObject *origin = nullptr);
    //! Removes codes from the selection.
    void remove(const QStringList &codes, QObject *origin = nullptr);
    //! Selects code when it is not selected, deselects it when it is.
    void toggle(const QString &code, QObject *origin = nullptr);
    //! Empties the selection (what Esc does in every view).
    void clear(QObject *origin = nullptr);
    //! Applies a click the way all views do: replaces the selection, or toggles with Ctrl.
    void click(const QString &code, bool additive, QObject *origin = nullptr);

    //! The selected codes in the order they were selected.
    QStringList selected() const { return mOrder; }
    bool contains(const QString &code) const { return mSet.contains(code); }
    bool isEmpty() const { return mOrder.isEmpty(); }
    int count() const { return mOrder.size(); }

signals:
    //! Emitted once per effective change; never with two empty lists.
    void changed(const QStringList &added, const QStringList &removed, QObject *origin);

private:
    void apply(const QStringList &added, const QStringList &removed, QObject *origin);

    QStringList mOrder;
    QSet<QString> mSet;
};

} // namespace wijk::widgets
