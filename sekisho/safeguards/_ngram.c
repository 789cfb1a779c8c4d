/* The hashed n-gram features of `features.py`, compiled: the same definition, one C call
 * instead of dozens of small numpy calls per text.
 *
 * A short request used to spend most of its classification time in numpy's per-call
 * overhead (about 65 calls for the hashing, the row and the scores), not in arithmetic.
 * Here each step is one call. `features.py` keeps the numpy implementation as the fallback
 * when this module is not built, and tests/test_safeguard_features.py checks both against
 * a plain-Python statement of the definition.
 *
 * Arrays cross the boundary through the buffer protocol (numpy arrays in, bytes out, which
 * Python wraps with `np.frombuffer`), so the module needs only Python's headers.
 */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#define KERNEL_VERSION 1
#ifndef KERNEL_SOURCE
#define KERNEL_SOURCE "unknown" /* hatch_build.py sets the SHA-256 (first 16 hex) of this file */
#endif
#define MAX_N 5 /* character n-grams, n = 1..5 (features.CHAR_NGRAMS) */
#define LATIN_END 0x250

static const uint64_t P = 0x100000001B3ULL; /* FNV prime */
static const uint64_t WORD_SEED = 0x9E3779B97F4A7C15ULL;
static const uint64_t BIGRAM_MIX = 0xC2B2AE3D27D4EB4FULL;

static unsigned char word_table[LATIN_END]; /* chr(c).isalnum() for c < U+0250 */
/* Work on more n-grams than this runs with the GIL released, so that a long request on a worker
 * thread does not stall the event loop (the texts and buffers stay referenced meanwhile). */
#define RELEASE_GIL_FROM 65536

/* The GIL released for work on `n` n-grams, if that many (NULL if kept); give it to `regain`. */
static PyThreadState *release_for(Py_ssize_t n)
{
    return n > RELEASE_GIL_FROM ? PyEval_SaveThread() : NULL;
}

static void regain(PyThreadState *released)
{
    if (released != NULL)
        PyEval_RestoreThread(released);
}
#define TF_TABLE 256
static float tf_table[TF_TABLE]; /* 1 + log(count) for the counts most buckets have */

static inline uint64_t mix(uint64_t h) /* splitmix64's finaliser */
{
    h ^= h >> 30;
    h *= 0xBF58476D1CE4E5B9ULL;
    h ^= h >> 27;
    h *= 0x94D049BB133111EBULL;
    return h ^ (h >> 31);
}

static inline int is_word(Py_UCS4 c) { return c < LATIN_END && word_table[c]; }

/* A cleaned text padded with a non-word character at each end, and how many n-grams it has. */
typedef struct {
    int kind;
    const void *data;
    Py_ssize_t len, n_chars, n_words, total;
} Text;

static int text_init(Text *t, PyObject *text)
{
    if (!PyUnicode_Check(text)) {
        PyErr_SetString(PyExc_TypeError, "texts must be str");
        return -1;
    }
#if PY_VERSION_HEX < 0x030C0000
    if (PyUnicode_READY(text) < 0)
        return -1;
#endif
    t->len = PyUnicode_GET_LENGTH(text);
    t->kind = PyUnicode_KIND(text);
    t->data = PyUnicode_DATA(text);
    if (t->len > 0 && (is_word(PyUnicode_READ(t->kind, t->data, 0)) ||
                       is_word(PyUnicode_READ(t->kind, t->data, t->len - 1)))) {
        PyErr_SetString(PyExc_ValueError, "text must begin and end with a non-word character");
        return -1;
    }
    t->n_chars = t->n_words = 0;
    for (int n = 1; n <= MAX_N && n <= t->len; n++)
        t->n_chars += t->len - n + 1;
    for (Py_ssize_t i = 1; i < t->len; i++)
        if (is_word(PyUnicode_READ(t->kind, t->data, i)) &&
            !is_word(PyUnicode_READ(t->kind, t->data, i - 1)))
            t->n_words++;
    t->total = t->n_chars + t->n_words + (t->n_words > 1 ? t->n_words - 1 : 0);
    return 0;
}

/* Room `text_hash` needs in `work`, in uint64 entries. */
static size_t work_size(const Text *t) { return (size_t)(2 * t->len + 2 * t->n_words + 1); }

/* Bucket (below mask + 1), start and end of every n-gram of `t`, `t->total` of them: character
 * n-grams by n then position, then words, then word bigrams (the order of the numpy code).
 * `pos` and `end` may be NULL. */
static void text_hash(const Text *t, uint64_t mask, uint64_t *work, uint64_t *idx, int64_t *pos,
                      int64_t *end)
{
    const Py_ssize_t len = t->len;
    uint64_t *cp = work, *h = work + len, *words = work + 2 * len;
    int64_t *spans = (int64_t *)(words + t->n_words); /* start and end of each word */
    for (Py_ssize_t i = 0; i < len; i++) {
        cp[i] = PyUnicode_READ(t->kind, t->data, i);
        h[i] = 0;
    }
    Py_ssize_t k = 0;
    for (int n = 1; n <= MAX_N && n <= len; n++) {
        const uint64_t seed = (uint64_t)n * WORD_SEED;
        for (Py_ssize_t i = 0; i + n <= len; i++, k++) { /* Horner: the (n-1)-gram's hash, one more char */
            h[i] = h[i] * P + cp[i + n - 1];
            idx[k] = mix(h[i] + seed) & mask;
            if (pos)
                pos[k] = i;
            if (end)
                end[k] = i + n;
        }
    }
    Py_ssize_t w = 0;
    for (Py_ssize_t i = 1; i < len; i++) {
        if (!is_word((Py_UCS4)cp[i]) || is_word((Py_UCS4)cp[i - 1]))
            continue;
        uint64_t sum = 0, power = 1;
        Py_ssize_t j = i;
        for (; is_word((Py_UCS4)cp[j]); j++) { /* the padding ends every word */
            sum += cp[j] * power;
            power *= P;
        }
        words[w] = sum + WORD_SEED;
        spans[w] = i;
        idx[k] = mix(words[w]) & mask;
        if (pos)
            pos[k] = i;
        if (end)
            end[k] = j;
        k++;
        w++;
    }
    for (Py_ssize_t v = 0; v + 1 < t->n_words; v++, k++) {
        idx[k] = mix(words[v] * BIGRAM_MIX + words[v + 1] + 3 * WORD_SEED) & mask;
        if (pos)
            pos[k] = spans[v];
        if (end)
            end[k] = end[t->n_chars + v + 1];
    }
}

static int check_bits(int bits)
{
    if (bits < 1 || bits > 62) {
        PyErr_SetString(PyExc_ValueError, "bits must be between 1 and 62");
        return -1;
    }
    return 0;
}

/* ngrams(text, bits, with_ends) -> (index, start, end or None), each int64 bytes. */
static PyObject *ngrams(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *text;
    int bits, with_ends;
    Text t;
    if (!PyArg_ParseTuple(args, "Uip", &text, &bits, &with_ends) || check_bits(bits) < 0 ||
        text_init(&t, text) < 0)
        return NULL;
    uint64_t *work = PyMem_Malloc(sizeof(uint64_t) * work_size(&t));
    PyObject *idx_b = PyBytes_FromStringAndSize(NULL, t.total * 8);
    PyObject *pos_b = PyBytes_FromStringAndSize(NULL, t.total * 8);
    PyObject *end_b = with_ends ? PyBytes_FromStringAndSize(NULL, t.total * 8) : Py_NewRef(Py_None);
    if (work == NULL || idx_b == NULL || pos_b == NULL || end_b == NULL) {
        PyMem_Free(work);
        Py_XDECREF(idx_b);
        Py_XDECREF(pos_b);
        Py_XDECREF(end_b);
        return PyErr_NoMemory();
    }
    uint64_t *idx = (uint64_t *)PyBytes_AS_STRING(idx_b);
    int64_t *pos = (int64_t *)PyBytes_AS_STRING(pos_b);
    int64_t *end = with_ends ? (int64_t *)PyBytes_AS_STRING(end_b) : NULL;
    PyThreadState *released = release_for(t.total);
    text_hash(&t, (1ULL << bits) - 1, work, idx, pos, end);
    regain(released);
    PyMem_Free(work);
    return Py_BuildValue("(NNN)", idx_b, pos_b, end_b);
}

/* A C-contiguous buffer of one-character format in `formats`, `itemsize` bytes an item, native
 * byte order, with `ndim` dimensions (0: any). */
static int get_buffer(PyObject *obj, Py_buffer *view, Py_ssize_t itemsize, const char *formats,
                      int ndim, const char *what)
{
    if (PyObject_GetBuffer(obj, view, PyBUF_C_CONTIGUOUS | PyBUF_FORMAT) < 0)
        return -1;
    const char *f = view->format ? view->format : "B";
    if (f[0] == '=' || f[0] == '@' || f[0] == (PY_LITTLE_ENDIAN ? '<' : '>'))
        f++;
    if (view->itemsize != itemsize || strlen(f) != 1 || strchr(formats, f[0]) == NULL ||
        (ndim && view->ndim != ndim)) {
        PyErr_Format(PyExc_TypeError, "%s must be a contiguous %s array of %s", what,
                     ndim == 2 ? "2-d" : "1-d", itemsize == 8 ? "int64" : "float32");
        PyBuffer_Release(view);
        return -1;
    }
    return 0;
}

/* Least-significant-digit radix sort of n indices below 2**bits, in as few passes of at most
 * 11 bits as cover them (two for 2**18 buckets), between `a` and `tmp`; returns whichever of
 * the two holds the sorted result. */
static uint64_t *radix_sort(uint64_t *a, uint64_t *tmp, Py_ssize_t n, int bits)
{
    const int passes = (bits + 10) / 11, width = passes ? (bits + passes - 1) / passes : 1;
    const uint64_t mask = (1ULL << width) - 1;
    Py_ssize_t count[(1 << 11) + 1];
    for (int shift = 0; shift < bits; shift += width) {
        memset(count, 0, sizeof(Py_ssize_t) * (size_t)(mask + 2));
        for (Py_ssize_t i = 0; i < n; i++)
            count[((a[i] >> shift) & mask) + 1]++;
        for (uint64_t d = 0; d <= mask; d++)
            count[d + 1] += count[d];
        for (Py_ssize_t i = 0; i < n; i++)
            tmp[count[(a[i] >> shift) & mask]++] = a[i];
        uint64_t *swap = a;
        a = tmp;
        tmp = swap;
    }
    return a;
}

/* The sparse row of n bucket occurrences in `a` (all below `buckets`, `tmp` as long as `a`):
 * sorted unique buckets with (1 + log tf) * idf, L2-normalised, written to out_idx/out_val
 * (room for n each). Returns how many unique buckets. */
static Py_ssize_t sparse_row(uint64_t *a, uint64_t *tmp, Py_ssize_t n, const float *idf,
                             Py_ssize_t buckets, int64_t *out_idx, float *out_val)
{
    int bits = 0;
    while (bits < 63 && ((Py_ssize_t)1 << bits) < buckets)
        bits++;
    a = radix_sort(a, tmp, n, bits);
    double squares = 0.0;
    Py_ssize_t u = 0;
    for (Py_ssize_t i = 0; i < n; u++) {
        Py_ssize_t j = i;
        while (j < n && a[j] == a[i])
            j++;
        const Py_ssize_t c = j - i;
        const float tf = c < TF_TABLE ? tf_table[c] : (float)(1.0 + log((double)c));
        const float v = tf * idf[a[i]];
        out_idx[u] = (int64_t)a[i];
        out_val[u] = v;
        squares += (double)v * v;
        i = j;
    }
    const float norm = sqrtf((float)squares);
    if (norm > 0)
        for (Py_ssize_t k = 0; k < u; k++)
            out_val[k] = out_val[k] / norm;
    return u;
}

/* Bytes holding the first `n` items of `buf`. */
static PyObject *bytes_of(const void *buf, Py_ssize_t n, Py_ssize_t itemsize)
{
    return PyBytes_FromStringAndSize(n ? (const char *)buf : NULL, n * itemsize);
}

/* row(occurrences, idf) -> (index int64 bytes, value float32 bytes), as
 * features.row_from_occurrences. */
static PyObject *row(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *occ_o, *idf_o;
    if (!PyArg_ParseTuple(args, "OO", &occ_o, &idf_o))
        return NULL;
    Py_buffer occ, idf;
    if (get_buffer(occ_o, &occ, 8, "lq", 1, "occurrences") < 0)
        return NULL;
    if (get_buffer(idf_o, &idf, 4, "f", 1, "idf") < 0) {
        PyBuffer_Release(&occ);
        return NULL;
    }
    const Py_ssize_t n = occ.len / 8, buckets = idf.len / 4;
    const int64_t *in = occ.buf;
    PyObject *result = NULL;
    /* a and tmp for the sort, then the output index and value */
    uint64_t *a = PyMem_Malloc(sizeof(uint64_t) * (size_t)(3 * n + 1));
    float *val = PyMem_Malloc(sizeof(float) * (size_t)(n + 1));
    if (a == NULL || val == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        if (in[i] < 0 || in[i] >= buckets) {
            PyErr_SetString(PyExc_IndexError, "an occurrence lies outside idf");
            goto done;
        }
        a[i] = (uint64_t)in[i];
    }
    int64_t *out_idx = (int64_t *)(a + 2 * n);
    PyThreadState *released = release_for(n);
    const Py_ssize_t u = sparse_row(a, a + n, n, idf.buf, buckets, out_idx, val);
    regain(released);
    result = Py_BuildValue("(NN)", bytes_of(out_idx, u, 8), bytes_of(val, u, 4));
done:
    PyMem_Free(a);
    PyMem_Free(val);
    PyBuffer_Release(&occ);
    PyBuffer_Release(&idf);
    return result;
}

/* rows(texts, bits, idf) -> (index int64 bytes, value float32 bytes, starts int64 bytes): the
 * row of each padded text alone, one after another (features.segment_rows). */
static PyObject *rows(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *list, *idf_o;
    int bits;
    if (!PyArg_ParseTuple(args, "O!iO", &PyList_Type, &list, &bits, &idf_o) || check_bits(bits) < 0)
        return NULL;
    Py_buffer idf;
    if (get_buffer(idf_o, &idf, 4, "f", 1, "idf") < 0)
        return NULL;
    /* A tuple keeps every text referenced while the GIL may be released below. */
    PyObject *held = PyList_AsTuple(list);
    const Py_ssize_t count = held ? PyTuple_GET_SIZE(held) : 0, buckets = idf.len / 4;
    PyObject *result = NULL;
    Text *texts = PyMem_Malloc(sizeof(Text) * (size_t)(count + 1));
    uint64_t *work = NULL, *a = NULL;
    int64_t *out_idx = NULL, *starts = NULL;
    float *out_val = NULL;
    if (held == NULL || texts == NULL) {
        if (held != NULL)
            PyErr_NoMemory();
        goto done;
    }
    if (((Py_ssize_t)1 << bits) > buckets) {
        PyErr_SetString(PyExc_ValueError, "idf has fewer than 2**bits entries");
        goto done;
    }
    size_t most_work = 1;
    Py_ssize_t most = 1, all = 1;
    for (Py_ssize_t k = 0; k < count; k++) {
        if (text_init(&texts[k], PyTuple_GET_ITEM(held, k)) < 0)
            goto done;
        if (texts[k].len == 0) { /* every row must have an entry: a padded text has one */
            PyErr_SetString(PyExc_ValueError, "text must begin and end with a non-word character");
            goto done;
        }
        most_work = work_size(&texts[k]) > most_work ? work_size(&texts[k]) : most_work;
        most = texts[k].total > most ? texts[k].total : most;
        all += texts[k].total;
    }
    work = PyMem_Malloc(sizeof(uint64_t) * most_work);
    a = PyMem_Malloc(sizeof(uint64_t) * (size_t)(2 * most));
    out_idx = PyMem_Malloc(sizeof(int64_t) * (size_t)all);
    out_val = PyMem_Malloc(sizeof(float) * (size_t)all);
    starts = PyMem_Malloc(sizeof(int64_t) * (size_t)(count + 1));
    if (work == NULL || a == NULL || out_idx == NULL || out_val == NULL || starts == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    Py_ssize_t at = 0;
    PyThreadState *released = release_for(all);
    for (Py_ssize_t k = 0; k < count; k++) {
        starts[k] = at;
        text_hash(&texts[k], (1ULL << bits) - 1, work, a, NULL, NULL);
        at += sparse_row(a, a + most, texts[k].total, idf.buf, buckets, out_idx + at, out_val + at);
    }
    regain(released);
    result = Py_BuildValue("(NNN)", bytes_of(out_idx, at, 8), bytes_of(out_val, at, 4),
                           bytes_of(starts, count, 8));
done:
    Py_XDECREF(held);
    PyMem_Free(texts);
    PyMem_Free(work);
    PyMem_Free(a);
    PyMem_Free(out_idx);
    PyMem_Free(out_val);
    PyMem_Free(starts);
    PyBuffer_Release(&idf);
    return result;
}

/* sum[c] = value @ matrix[index, c] (in double) for a C-contiguous float32 (rows, columns)
 * matrix; 0 on success, -1 with an exception set. */
static int gather_dot(PyObject *idx_o, PyObject *val_o, PyObject *mat_o, int columns, double *sum)
{
    Py_buffer ib, vb, mb;
    if (get_buffer(idx_o, &ib, 8, "lq", 1, "index") < 0)
        return -1;
    if (get_buffer(val_o, &vb, 4, "f", 1, "value") < 0) {
        PyBuffer_Release(&ib);
        return -1;
    }
    if (get_buffer(mat_o, &mb, 4, "f", 0, "matrix") < 0) {
        PyBuffer_Release(&ib);
        PyBuffer_Release(&vb);
        return -1;
    }
    int status = 0;
    const Py_ssize_t n = ib.len / 8, rows = mb.len / 4 / columns;
    if (!(mb.ndim == 2 && mb.shape[1] == columns) && !(mb.ndim == 1 && columns == 1)) {
        PyErr_Format(PyExc_ValueError, "matrix must have %d columns", columns);
        status = -1;
    }
    const int64_t *idx = ib.buf;
    const float *val = vb.buf, *mat = mb.buf;
    for (int c = 0; c < columns; c++)
        sum[c] = 0.0;
    if (status == 0 && vb.len / 4 != n) {
        PyErr_SetString(PyExc_ValueError, "index and value differ in length");
        status = -1;
    }
    for (Py_ssize_t i = 0; status == 0 && i < n; i++) {
        if (idx[i] < 0 || idx[i] >= rows) {
            PyErr_SetString(PyExc_IndexError, "an index lies outside the matrix");
            status = -1;
            break;
        }
        const float *r = mat + idx[i] * columns;
        for (int c = 0; c < columns; c++)
            sum[c] += (double)val[i] * r[c];
    }
    PyBuffer_Release(&ib);
    PyBuffer_Release(&vb);
    PyBuffer_Release(&mb);
    return status;
}

#define MAX_COLUMNS 64

/* dot(index, value, matrix, columns) -> tuple of `columns` floats: value @ matrix[index]. */
static PyObject *dot(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *idx_o, *val_o, *mat_o;
    int columns;
    double sum[MAX_COLUMNS];
    if (!PyArg_ParseTuple(args, "OOOi", &idx_o, &val_o, &mat_o, &columns))
        return NULL;
    if (columns < 1 || columns > MAX_COLUMNS) {
        PyErr_SetString(PyExc_ValueError, "columns must be between 1 and 64");
        return NULL;
    }
    if (gather_dot(idx_o, val_o, mat_o, columns, sum) < 0)
        return NULL;
    PyObject *result = PyTuple_New(columns);
    for (int c = 0; result != NULL && c < columns; c++) {
        PyObject *f = PyFloat_FromDouble(sum[c]);
        if (f == NULL) {
            Py_CLEAR(result);
            break;
        }
        PyTuple_SET_ITEM(result, c, f);
    }
    return result;
}

/* softmax(index, value, matrix, bias) -> float32 bytes: softmax(value @ matrix[index] + bias),
 * with as many columns as `bias` (a float32 array) has entries. */
static PyObject *softmax(PyObject *Py_UNUSED(self), PyObject *args)
{
    PyObject *idx_o, *val_o, *mat_o, *bias_o;
    double sum[MAX_COLUMNS];
    if (!PyArg_ParseTuple(args, "OOOO", &idx_o, &val_o, &mat_o, &bias_o))
        return NULL;
    Py_buffer bb;
    if (get_buffer(bias_o, &bb, 4, "f", 1, "bias") < 0)
        return NULL;
    const int columns = (int)(bb.len / 4);
    float bias[MAX_COLUMNS];
    if (columns >= 1 && columns <= MAX_COLUMNS)
        memcpy(bias, bb.buf, sizeof(float) * (size_t)columns);
    PyBuffer_Release(&bb);
    if (columns < 1 || columns > MAX_COLUMNS) {
        PyErr_SetString(PyExc_ValueError, "bias must have between 1 and 64 entries");
        return NULL;
    }
    if (gather_dot(idx_o, val_o, mat_o, columns, sum) < 0)
        return NULL;
    double top = -INFINITY, total = 0.0;
    for (int c = 0; c < columns; c++) {
        sum[c] += bias[c];
        top = sum[c] > top ? sum[c] : top;
    }
    for (int c = 0; c < columns; c++)
        total += (sum[c] = exp(sum[c] - top));
    PyObject *out = PyBytes_FromStringAndSize(NULL, columns * 4);
    if (out == NULL)
        return NULL;
    float *p = (float *)PyBytes_AS_STRING(out);
    for (int c = 0; c < columns; c++)
        p[c] = (float)(sum[c] / total);
    return out;
}

static PyMethodDef methods[] = {
    {"ngrams", ngrams, METH_VARARGS, "ngrams(text, bits, with_ends) -> (index, start, end)"},
    {"row", row, METH_VARARGS, "row(occurrences, idf) -> (index, value)"},
    {"rows", rows, METH_VARARGS, "rows(texts, bits, idf) -> (index, value, starts)"},
    {"dot", dot, METH_VARARGS, "dot(index, value, matrix, columns) -> tuple of floats"},
    {"softmax", softmax, METH_VARARGS, "softmax(index, value, matrix, bias) -> float32 bytes"},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_ngram", NULL, -1, methods, NULL, NULL, NULL, NULL};

PyMODINIT_FUNC PyInit__ngram(void)
{
    Py_BUILD_ASSERT(sizeof(Py_ssize_t) == 8); /* int64 offsets are read back as numpy intp */
    for (Py_UCS4 c = 0; c < LATIN_END; c++)
        word_table[c] = (unsigned char)Py_UNICODE_ISALNUM(c);
    for (int c = 1; c < TF_TABLE; c++)
        tf_table[c] = (float)(1.0 + log((double)c));
    PyObject *m = PyModule_Create(&module);
    if (m != NULL && (PyModule_AddIntConstant(m, "VERSION", KERNEL_VERSION) < 0 ||
                      PyModule_AddStringConstant(m, "SOURCE", KERNEL_SOURCE) < 0))
        Py_CLEAR(m);
    return m;
}
