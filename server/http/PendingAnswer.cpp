#include "http/PendingAnswer.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace wedsync::server {

PendingAnswer::PendingAnswer(Deliver deliver)
    : m_deliver(std::move(deliver))
{ }

PendingAnswer::~PendingAnswer()
{
    if (m_deliver)
        answer(ApiResponse::internalError({}, u"a deferred answer was never given"_s));
}

void PendingAnswer::answer(ApiResponse response)
{
    if (Deliver deliver = std::exchange(m_deliver, {}))
        deliver(std::move(response));
}

} // namespace wedsync::server
