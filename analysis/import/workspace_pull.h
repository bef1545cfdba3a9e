// `wijkmonitor-cli pull`: a team workspace (or part of it) copied into an ordinary workspace
// file for a laptop without network (docs/team-workspace.md, "Offline"). The copy is made
// through ImportTransaction like any import, in one transaction, under a temporary name that
// becomes the file only when everything is in: whole or not at all.
#pragma once

#include <QString>
#include <QStringList>
#include <atomic>
#include <functional>

namespace wijk::import {

struct PullRequest
{
    QString from;          //!< the team workspace (a PostgreSQL location) or any workspace
    QString to;            //!< the .gpkg to write; must not exist
    QStringList gemeenten; //!< GM codes: only their regions and values; empty: everything
    //! Told how far the copy is (done of total, in the source's values) and what it copies
    //! now ("woz_gem (3/40)": the indicator), before each indicator and every few thousand
    //! values within one; may be empty. Called on the thread that pulls.
    std::function<void(qint64 done, qint64 total, const QString &what)> progress;
    //! Set from another thread to stop (the window's Cancel): the pull then fails, cancelled,
    //! and leaves no file.
    const std::atomic_bool *cancel = nullptr;
};

struct PullResult
{
    qint64 regions = 0;
    qint64 observations = 0;
    bool cancelled = false; //!< it stopped because request.cancel was set
};

//! Copies the extracts, the catalogue, the regions with their boundaries and the values
//! (of the given gemeenten) and records where and when it was pulled (wm_meta 'pulled_from',
//! 'pulled_at'). False with *error; then no file is left at request.to.
[[nodiscard]] bool pullWorkspace(const PullRequest &request, PullResult *result, QString *error);

} // namespace wijk::import
