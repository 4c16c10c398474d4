#include "server/identity/password_pool.h"

#include "server/http/metrics.h"

#include <sys/resource.h>
#include <unistd.h>

namespace cb::server {

PasswordPool::PasswordPool(int threads, int queueCapacity, Metrics &metrics)
    : m_metrics(metrics),
      // Below the I/O and application threads: a burst of sign-ins waits, webhooks do not.
      m_workers(threads, queueCapacity, [](int) { setpriority(PRIO_PROCESS, id_t(gettid()), 10); })
{
}

bool PasswordPool::submit(const QString &account, std::function<void()> work, std::function<void()> done)
{
    const bool placed = m_perAccount.value(account) < PerAccount &&
                        m_workers.submit({[this, work = std::move(work)](int) {
                                              m_metrics.hashingBusy.fetch_add(1);
                                              work();
                                              m_metrics.hashingBusy.fetch_sub(1);
                                          },
                                          [this, account, done = std::move(done)] {
                                              if (--m_perAccount[account] <= 0) {
                                                  m_perAccount.remove(account);
                                              }
                                              m_metrics.hashingQueued.store(m_workers.queued());
                                              done();
                                          }});
    if (!placed) {
        m_metrics.hashingRefused.fetch_add(1);
        return false;
    }
    ++m_perAccount[account];
    m_metrics.hashingQueued.store(m_workers.queued());
    return true;
}

} // namespace cb::server
