#include "selection/region_selection.h"

namespace wijk::widgets {

RegionSelection::RegionSelection(QObject *parent) : QObject(parent) {}

void RegionSelection::setSelection(const QStringList &codes, QObject *origin)
{
    QSet<QString> wanted;
    QStringList added;
    for (const QString &code : codes) {
        if (code.isEmpty() || wanted.contains(code))
            continue;
        wanted.insert(code);
        if (!mSet.contains(code))
            added << code;
    }
    QStringList removed;
    for (const QString &code : qAsConst(mOrder)) {
        if (!wanted.contains(code))
            removed << code;
    }
    apply(added, removed, origin);
}

void RegionSelection::add(const QStringList &codes, QObject *origin)
{
    QStringList added;
    for (const QString &code : codes) {
        if (!code.isEmpty() && !mSet.contains(code) && !added.contains(code))
            added << code;
    }
    apply(added, {}, origin);
}

void RegionSelection::remove(const QStringList &codes, QObject *origin)
{
    QStringList removed;
    for (const QString &code : codes) {
        if (mSet.contains(code) && !removed.contains(code))
            removed << code;
    }
    apply({}, removed, origin);
}

void RegionSelection::toggle(const QString &code, QObject *origin)
{
    if (mSet.contains(code))
        remove({code}, origin);
    else
        add({code}, origin);
}

void RegionSelection::clear(QObject *origin)
{
    const QStringList all = mOrder; // apply() edits mOrder while it walks removed
    apply({}, all, origin);
}

void RegionSelection::click(const QString &code, bool additive, QObject *origin)
{
    if (additive)
        toggle(code, origin);
    else
        setSelection({code}, origin);
}

void RegionSelection::apply(const QStringList &added, const QStringList &removed, QObject *origin)
{
    if (added.isEmpty() && removed.isEmpty())
        return;
    for (const QString &code : removed) {
        mSet.remove(code);
        mOrder.removeOne(code);
    }
    for (const QString &code : added) {
        mSet.insert(code);
        mOrder << code;
    }
    emit changed(added, removed, origin);
}

} // namespace wijk::widgets
