#ifndef CREADLINE_SHIM_H
#define CREADLINE_SHIM_H
#include <stdio.h>
#include <readline/readline.h>
#include <readline/history.h>

/* Readline's settings are global variables; Swift 6 refuses to touch shared mutable C globals
   directly, so these setters do it on the one thread that reads lines. */
static inline void creadline_set_completion(rl_completion_func_t *function) {
    rl_attempted_completion_function = function;
}
static inline void creadline_completion_over(void) { rl_attempted_completion_over = 1; }
static inline void creadline_set_catch_signals(int on) { rl_catch_signals = on; }
#endif
