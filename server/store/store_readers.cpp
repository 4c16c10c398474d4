#include "server/store/store_readers.h"

#include "core/log/logging.h"
#include "core/store/store_error.h"
#include "server/store/server_store.h"

namespace cb::server {

StoreReaders::StoreReaders(const ServerStore &store, int threads, int queueCapacity)
    : m_connections(std::size_t(threads)),
      m_workers(threads, queueCapacity, [this, &store](int worker) {
          try {
              m_connections[std::size_t(worker)] = store.openReader(); // opened on the thread that uses it
          } catch (const store::StoreError &error) {
              log::logger("store")->error("a reader connection could not open: {}", error.what());
          }
      })
{
}

} // namespace cb::server
