#pragma once
// wedsync-admin --screenshots DIR: starts the built-in server with demo data in a temporary
// folder, signs in as platform@wedsync.demo and renders every screen (sign-in, dashboard,
// audit, settings; Spanish and dark variants) to DIR at 1440×900. Works on the offscreen
// platform. Exit code 0, or 1 with a message on stderr.

#include "CommandLine.h"

#include <QStringList>

namespace wedsync {

class ScreenshotScript
{
public:
    static int run(const ConsoleOptions &options);
    // The file names written, without ".png", in order.
    static QStringList shotNames();
};

} // namespace wedsync
