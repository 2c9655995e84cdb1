/* qsort and bsearch with custom comparators on ints, strings and structs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

struct person { char name[12]; int age; double score; };

static int cmp_int(const void *a, const void *b)
{
    int x = *(const int *)a, y = *(const int *)b;
    return (x > y) - (x < y);
}
static int cmp_int_desc(const void *a, const void *b) { return cmp_int(b, a); }
static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(const char *const *)a, *(const char *const *)b);
}
static int cmp_person(const void *a, const void *b)
{
    const struct person *p = a, *q = b;
    if (p->age != q->age)
        return p->age - q->age;
    if (p->score != q->score)
        return p->score < q->score ? 1 : -1;
    return strcmp(p->name, q->name);
}
static int cmp_abs_mod(const void *a, const void *b)
{
    int x = abs(*(const int *)a) % 10, y = abs(*(const int *)b) % 10;
    if (x != y)
        return x - y;
    return cmp_int(a, b);
}

int main(void)
{
    int arr[200];
    unsigned seed = 12345;
    int i;
    const char *words[] = { "pear", "apple", "fig", "banana", "kiwi", "cherry", "date",
                            "grape", "lemon", "mango", "apricot", "lime" };
    struct person people[] = {
        { "alice", 30, 88.5 }, { "bob", 25, 92.0 }, { "carol", 30, 95.5 },
        { "dave", 25, 92.0 }, { "eve", 41, 70.25 }, { "frank", 19, 60.0 },
        { "grace", 30, 88.5 },
    };

    for (i = 0; i < 200; i++) {
        seed = seed * 1103515245u + 12345u;
        arr[i] = (int)((seed >> 8) % 2001) - 1000;
    }
    qsort(arr, 200, sizeof arr[0], cmp_int);
    for (i = 0; i < 200; i += 10)
        printf("%d ", arr[i]);
    printf("\n");
    for (i = 1; i < 200; i++)
        if (arr[i - 1] > arr[i])
            printf("UNSORTED at %d\n", i);
    {
        int keys[] = { arr[0], arr[57], arr[199], 5000, -5000, 0 };
        for (i = 0; i < 6; i++) {
            int *f = bsearch(&keys[i], arr, 200, sizeof arr[0], cmp_int);
            printf("bsearch %d -> %s\n", keys[i], f ? "found" : "missing");
            if (f && *f != keys[i])
                printf("WRONG\n");
        }
    }
    qsort(arr, 200, sizeof arr[0], cmp_int_desc);
    printf("desc first %d last %d\n", arr[0], arr[199]);
    qsort(arr, 50, sizeof arr[0], cmp_abs_mod);
    for (i = 0; i < 50; i++)
        printf("%d%c", arr[i], i % 10 == 9 ? '\n' : ' ');
    qsort(words, sizeof words / sizeof words[0], sizeof words[0], cmp_str);
    for (i = 0; i < (int)(sizeof words / sizeof words[0]); i++)
        printf("%s ", words[i]);
    printf("\n");
    {
        const char *key = "kiwi";
        const char **f = bsearch(&key, words, 12, sizeof words[0], cmp_str);
        printf("kiwi at %d\n", f ? (int)(f - words) : -1);
    }
    qsort(people, 7, sizeof people[0], cmp_person);
    for (i = 0; i < 7; i++)
        printf("%s %d %.2f\n", people[i].name, people[i].age, people[i].score);
    return 0;
}
