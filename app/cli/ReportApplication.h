#pragma once

#include <QCoreApplication>
#include <memory>

namespace cl {

// The application object of one run. `report` paints (fonts, PDF), which needs a
// QGuiApplication; it gets one on the offscreen platform, so it runs without a display (cron, a
// server). Every other command runs on a plain QCoreApplication.
std::unique_ptr<QCoreApplication> makeCliApplication(int &argc, char **argv);

} // namespace cl
