#pragma once
// What the desktop notices are about, from one workspace's live feeds: a sync event of the
// operator's tenants that failed, a conflict filed just now. Only for screens the account may
// open; each notice opens its screen.

#include "session/ConsoleAccess.h"

#include <QObject>

namespace wedsync {

class NoticeCenter;
class Workspace;

class NoticeSources : public QObject
{
    Q_OBJECT
public:
    NoticeSources(Workspace *workspace, NoticeCenter *center, const ConsoleAccess &access);
};

} // namespace wedsync
