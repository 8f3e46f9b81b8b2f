#include "common/StateColors.h"

#include "common/ThemeController.h"

namespace wedsync {

QColor errorColor(const QPalette &palette)
{
    return ThemeController::isDarkPalette(palette) ? QColor(0xff, 0x6b, 0x6b)
                                                   : QColor(0xc6, 0x28, 0x28);
}

QColor conflictColor(const QPalette &palette)
{
    return ThemeController::isDarkPalette(palette) ? QColor(0xff, 0xc1, 0x07)
                                                   : QColor(0xb2, 0x6a, 0x00);
}

} // namespace wedsync
