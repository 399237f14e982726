// newsline: dated events and market figures from Chinese and English financial news.
#include <exception>
#include <iostream>

#include "cli/commands.h"

int main(int argc, char** argv) {
  std::ios::sync_with_stdio(false);
  try {
    int code = newsline::run_main(argc, argv, std::cout, std::cerr);
    std::cout.flush();
    if (!std::cout) {
      std::cerr << "newsline: error: cannot write to standard output\n";
      return newsline::kExitNothing;
    }
    return code;
  } catch (const std::exception& e) {
    std::cerr << "newsline: error: " << e.what() << "\n";
    return newsline::kExitNothing;
  }
}
