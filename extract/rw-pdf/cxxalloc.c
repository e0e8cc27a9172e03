/* cxxalloc.c - the memory of poppler's small C++ objects, kept for reuse.
 *
 * poppler makes and deletes some 6,000 small C++ objects a page (the
 * words of its text layer, a piece for each word of every selection
 * page.c walks, the objects of the content stream), most of them deleted
 * at once as a page or a walk ends.  glibc's per-thread cache keeps 7
 * freed blocks a size; the rest go to its shared bins, under a lock once
 * rw-pdf runs two threads, and are merged and split again at the next
 * large request: malloc and free were 18 % of rw-pdf's CPU time.
 *
 * The C++ standard lets a program replace the global operator new and
 * delete, and the dynamic linker binds poppler's calls to the
 * executable's own (as it binds cairo's, drawing.c): these keep up to
 * CACHE_BYTES of deleted blocks in each thread, by size in steps of STEP
 * bytes, and hand them out again before asking malloc.  On the 200-page
 * bench scorecard that cut rw-pdf's CPU time by 5.6 % (runs of the two
 * builds side by side; to 0.97x pdftotext -bbox-layout's), its largest
 * memory unchanged.
 *
 * A block is still malloc's, and one deleted here may go back to free()
 * in any thread.  Its size class is that of the size the sized delete is
 * told (the size new was asked for, which the standard guarantees, and
 * every operator new of the process is this one: libstdc++'s own calls
 * go through its PLT too); a block deleted without its size is classed
 * by malloc_usable_size.  A thread frees the blocks it keeps as it ends.  Under AddressSanitizer a
 * block kept is poisoned (as arena.c does) and a block handed out is
 * open up to the size asked only.
 */
#include "rwlib.h"

#include <limits.h>
#include <malloc.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>

#ifdef __SANITIZE_ADDRESS__
#include <sanitizer/asan_interface.h>
#else
#define ASAN_POISON_MEMORY_REGION(p, n) ((void)(p), (void)(n))
#define ASAN_UNPOISON_MEMORY_REGION(p, n) ((void)(p), (void)(n))
#endif

/* Bytes a size class grows by: malloc's own step on 64-bit systems. */
#define STEP 16
/* Classes of 1 to CLASSES - 1 steps (up to 1 KiB): all but a few of
 * poppler's objects on the bench scorecard (some 3,000 of 1.2 million
 * are larger). */
#define CLASSES 65
/* A thread's blocks kept at most: a page's objects. 256 KiB did as well
 * on the bench scorecard; 1 MiB did better on pages of denser text. */
#define CACHE_BYTES (1u << 20)

typedef struct cache {
	void *head[CLASSES]; /* class k: blocks of k steps or more, each
				 linked to the next through its first bytes */
	size_t bytes;        /* kept in all, k steps a block of class k */
	int watched;         /* its thread frees it as it ends */
} cache;

static _Thread_local cache kept;

static pthread_key_t thread_end;
static int have_thread_end;
static _Atomic int process_ending; /* blocks deleted from now on are freed */
static pthread_once_t watch_once = PTHREAD_ONCE_INIT;

/* Frees every block of c (a thread ending, or a test). A block deleted
 * later is kept again, and its thread watched anew: glibc runs the
 * destructors of a thread's keys again while one is set. */
static void cache_free(void *arg)
{
	cache *c = arg;
	for (size_t k = 1; k < CLASSES; k++)
		while (c->head[k]) {
			void *p = c->head[k];
			ASAN_UNPOISON_MEMORY_REGION(p, k * STEP);
			c->head[k] = *(void **)p;
			free(p);
		}
	c->bytes = 0;
	c->watched = 0;
}

/* The process ending: the blocks the main thread keeps are freed before
 * the leak checks of LeakSanitizer and valgrind look (which see no
 * pointer to them in a thread's own variables), as this runs before the
 * handlers registered before it; blocks deleted after (by the
 * destructors of poppler's statics) are freed at once. */
static void process_end(void)
{
	atomic_store_explicit(&process_ending, 1, memory_order_relaxed);
	cache_free(&kept);
}

/* Without a key (none left), a thread's blocks stay till the process
 * ends. */
static void watch_ends(void)
{
	have_thread_end = pthread_key_create(&thread_end, cache_free) == 0;
	atexit(process_end);
}

/* The class of a block of n bytes. */
static size_t class_of(size_t n)
{
	return n ? (n + STEP - 1) / STEP : 1;
}

/* A block of n bytes or more. */
static void *cxx_take(size_t n)
{
	size_t k = class_of(n);
	if (k >= CLASSES)
		return rw_xmalloc(n);
	void *p = kept.head[k];
	if (p) {
		ASAN_UNPOISON_MEMORY_REGION(p, k * STEP);
		kept.head[k] = *(void **)p;
		kept.bytes -= k * STEP;
	} else {
		p = rw_xmalloc(k * STEP);
	}
	ASAN_POISON_MEMORY_REGION((char *)p + n, k * STEP - n);
	return p;
}

/* Keeps block p (malloc's, of k steps at least) for cxx_take, or frees
 * it. */
static void cxx_keep(void *p, size_t k)
{
	if (k == 0 || k >= CLASSES || kept.bytes + k * STEP > CACHE_BYTES ||
	    atomic_load_explicit(&process_ending, memory_order_relaxed)) {
		if (k < CLASSES)
			ASAN_UNPOISON_MEMORY_REGION(p, k * STEP); /* a tail cxx_take poisoned */
		free(p);
		return;
	}
	if (!kept.watched) {
		pthread_once(&watch_once, watch_ends);
		if (have_thread_end)
			pthread_setspecific(thread_end, &kept);
		kept.watched = 1;
	}
	ASAN_UNPOISON_MEMORY_REGION(p, k * STEP);
	*(void **)p = kept.head[k];
	kept.head[k] = p;
	kept.bytes += k * STEP;
	ASAN_POISON_MEMORY_REGION(p, k * STEP);
}

/* Block p deleted, its size unknown (NULL: nothing). */
static void cxx_give(void *p)
{
	if (p)
		cxx_keep(p, malloc_usable_size(p) / STEP);
}

/* Block p deleted, of n bytes asked for: malloc_usable_size, a call into
 * libc for every block, was 0.8 % of rw-pdf's CPU time. */
static void cxx_give_sized(void *p, size_t n)
{
	if (p)
		cxx_keep(p, class_of(n));
}

/* The replaceable operators by their names in the C++ ABI of Linux
 * (Itanium's; size_t is 'm' where it is an unsigned long): new and new[],
 * delete and delete[], and both sized. libstdc++'s nothrow forms call
 * these; its aligned ones use aligned_alloc and free, untouched. */
#if SIZE_MAX == ULONG_MAX
void *_Znwm(size_t n);
void *_Znam(size_t n);
void _ZdlPv(void *p);
void _ZdaPv(void *p);
void _ZdlPvm(void *p, size_t n);
void _ZdaPvm(void *p, size_t n);

void *_Znwm(size_t n) { return cxx_take(n); }
void *_Znam(size_t n) { return cxx_take(n); }
void _ZdlPv(void *p) { cxx_give(p); }
void _ZdaPv(void *p) { cxx_give(p); }
void _ZdlPvm(void *p, size_t n) { cxx_give_sized(p, n); }
void _ZdaPvm(void *p, size_t n) { cxx_give_sized(p, n); }
#endif
