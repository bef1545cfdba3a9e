// The memo basket kept with the workspace (tables wm_memo_basket and wm_memo_text,
// docs/workspace.md): the signals the analyst chose for the council memo, in their order,
// and the memo's opening paragraph and theme. The only writer besides ImportTransaction:
// it touches no observation, region or catalogue row.
#pragma once

#include <QString>
#include <vector>

namespace wijk::workspace {

class Workspace;

struct MemoBasket
{
    struct Entry
    {
        QString region;    //!< wijk code
        QString indicator; //!< indicator code
    };
    std::vector<Entry> entries; //!< in the memo's order
    QString opening;            //!< the analyst's opening paragraph
    QString theme;              //!< the memo's theme; empty: all themes

    bool isEmpty() const { return entries.empty() && opening.isEmpty() && theme.isEmpty(); }
};

//! The basket of a workspace (empty when none was saved or the schema predates it).
MemoBasket readMemoBasket(const Workspace &workspace);

//! Replaces the basket of a workspace in one transaction; false with *error when the
//! workspace is read-only or cannot be written.
bool writeMemoBasket(const Workspace &workspace, const MemoBasket &basket, QString *error);

} // namespace wijk::workspace
