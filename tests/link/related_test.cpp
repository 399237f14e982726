#include "link/related.h"

#include <gtest/gtest.h>

namespace newsline {
namespace {

}  // namespace
}  // namespace newsline
