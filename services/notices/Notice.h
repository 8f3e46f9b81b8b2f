#pragma once
// One desktop notice: what happened, in words, and the screen (and item) it opens.

#include <QMetaType>
#include <QString>

namespace wedsync {

enum class NoticeKind { SyncFailure, Conflict, Submission, AccountExpiring };
inline constexpr NoticeKind AllNoticeKinds[]
    = {NoticeKind::SyncFailure, NoticeKind::Conflict, NoticeKind::Submission,
       NoticeKind::AccountExpiring};

struct Notice
{
    NoticeKind kind = NoticeKind::SyncFailure;
    QString title;
    QString text;
    QString pageId; // the screen it opens
    QString itemId; // the item on that screen; empty: the screen itself
};

} // namespace wedsync

Q_DECLARE_METATYPE(wedsync::Notice)
