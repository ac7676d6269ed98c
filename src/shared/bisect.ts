/** The first index at which `test` holds, for a test that is false and then true along the list (a binary search). */
export function bisect<T>(list: ArrayLike<T>, test: (item: T, index: number) => boolean): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (test(list[mid]!, mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}
