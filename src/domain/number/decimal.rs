//! Decimal text to the nearest `f64` (ties to even), the same number `str::parse::<f64>` gives,
//! with a few small routines and no tables: the standard library's reader brings 14 KiB of code and
//! tables, and it was a module of its own on the way to every page with a number field.

/// Reads `[+|-]digits[.digits][(e|E)[+|-]digits]`, with at least one digit before or after the
/// point, to the nearest `f64` (infinite beyond its range, zero below it). `None` when the text
/// is not of that form (`str::parse::<f64>` also reads "inf" and "NaN", which no caller wants).
pub fn to_f64(text: &str) -> Option<f64> {
    let b = text.as_bytes();
    let mut i = 0;
    let negative = b.first() == Some(&b'-');
    if matches!(b.first(), Some(b'-' | b'+')) {
        i = 1;
    }
    // The value is `digits` (no leading zeros) × 10^`exp`.
    let mut digits: Vec<u8> = Vec::new();
    let mut exp: i64 = 0;
    let mut any = false;
    let mut point = false;
    while let Some(&c) = b.get(i) {
        match c {
            b'0'..=b'9' => {
                any = true;
                if !(c == b'0' && digits.is_empty()) {
                    digits.push(c - b'0');
                }
                if point {
                    exp -= 1;
                }
            }
            b'.' if !point => point = true,
            _ => break,
        }
        i += 1;
    }
    if !any {
        return None;
    }
    if matches!(b.get(i), Some(b'e' | b'E')) {
        i += 1;
        let minus = b.get(i) == Some(&b'-');
        if matches!(b.get(i), Some(b'-' | b'+')) {
            i += 1;
        }
        let start = i;
        let mut e: i64 = 0;
        while let Some(c) = b.get(i).filter(|c| c.is_ascii_digit()) {
            e = (e * 10 + i64::from(c - b'0')).min(1 << 40);
            i += 1;
        }
        if i == start {
            return None;
        }
        exp += if minus { -e } else { e };
    }
    if i != b.len() {
        return None;
    }
    while digits.last() == Some(&0) {
        digits.pop();
        exp += 1;
    }
    // A halfway point between two f64 has at most 767 significant digits, so the first 800 and
    // a 1 for the (nonzero) rest round as the whole does, and a pasted page of digits costs no
    // more than that.
    if digits.len() > KEPT {
        exp += (digits.len() - KEPT - 1) as i64;
        digits.truncate(KEPT);
        digits.push(1);
    }
    let magnitude = nearest(&digits, exp);
    Some(if negative { -magnitude } else { magnitude })
}

/// The significant digits read exactly (see `to_f64`).
const KEPT: usize = 800;

/// The `f64` nearest to `digits` × 10^`exp` (`digits` without leading or trailing zeros).
fn nearest(digits: &[u8], exp: i64) -> f64 {
    let n = digits.len() as i64;
    // The value is below 10^(n + exp) and at least 10^(n + exp - 1).
    if n == 0 || n + exp < -325 {
        return 0.0;
    }
    if n + exp > 310 {
        return f64::INFINITY;
    }
    // Both the digits and the power of ten exact in an f64: one rounding, that of the operation.
    if n <= 15 && exp.abs() <= 22 {
        let d = digits.iter().fold(0u64, |a, &x| a * 10 + u64::from(x)) as f64;
        let p = (0..exp.abs()).fold(1.0f64, |p, _| p * 10.0);
        return if exp < 0 { d / p } else { d * p };
    }
    // Otherwise exactly, as the fraction num / den of whole numbers.
    let mut num = Big::from_digits(digits);
    let mut den = Big(vec![1]);
    if exp >= 0 {
        num.mul_pow10(exp as u32);
    } else {
        den.mul_pow10((-exp) as u32);
    }
    // q = floor(num × 2^s / den) with 54 bits (53 and one to round with), or fewer where the
    // result is subnormal (its last bit is worth 2^-1074 at the least).
    let mut s = 54 - (num.bits() as i64 - den.bits() as i64);
    if num.shifted_cmp(s, &den, 54) != std::cmp::Ordering::Less {
        s -= 1;
    }
    let s = s.min(1075);
    if s >= 0 {
        num.shl(s as u32);
    } else {
        den.shl((-s) as u32);
    }
    let (q, exact) = num.div_small_quotient(&den);
    let (mut m, half) = (q >> 1, q & 1 == 1);
    if half && (!exact || m & 1 == 1) {
        m += 1;
    }
    // Exact: m ≤ 2^53 and a power of two; beyond the largest f64 it is infinite.
    m as f64 * pow2(1 - s)
}

/// 2^e for -1074 ≤ e ≤ 1023.
fn pow2(e: i64) -> f64 {
    if e >= -1022 {
        f64::from_bits(((e + 1023) as u64) << 52)
    } else {
        f64::from_bits(1u64 << (e + 1074))
    }
}

/// A whole number, 32-bit limbs, least significant first, no high zero limbs.
#[derive(Clone)]
struct Big(Vec<u32>);

impl Big {
    fn from_digits(digits: &[u8]) -> Big {
        let mut b = Big(Vec::new());
        for &d in digits {
            b.mul_add(10, u32::from(d));
        }
        b
    }

    fn mul_add(&mut self, m: u32, add: u32) {
        let mut carry = u64::from(add);
        for limb in &mut self.0 {
            let x = u64::from(*limb) * u64::from(m) + carry;
            *limb = x as u32;
            carry = x >> 32;
        }
        if carry > 0 {
            self.0.push(carry as u32);
        }
    }

    fn mul_pow10(&mut self, k: u32) {
        for _ in 0..k / 9 {
            self.mul_add(1_000_000_000, 0);
        }
        self.mul_add(10u32.pow(k % 9), 0);
    }

    fn bits(&self) -> u32 {
        self.0.last().map_or(0, |top| 32 * (self.0.len() as u32 - 1) + (32 - top.leading_zeros()))
    }

    fn shl(&mut self, by: u32) {
        let (limbs, bits) = ((by / 32) as usize, by % 32);
        if bits > 0 {
            let mut carry = 0;
            for limb in &mut self.0 {
                let x = *limb;
                *limb = (x << bits) | carry;
                carry = x >> (32 - bits);
            }
            if carry > 0 {
                self.0.push(carry);
            }
        }
        self.0.splice(0..0, std::iter::repeat_n(0, limbs));
    }

    fn cmp(&self, other: &Big) -> std::cmp::Ordering {
        self.0.len().cmp(&other.0.len()).then_with(|| self.0.iter().rev().cmp(other.0.iter().rev()))
    }

    /// self × 2^a against other × 2^b.
    fn shifted_cmp(&self, a: i64, other: &Big, b: i64) -> std::cmp::Ordering {
        let (mut x, mut y) = (self.clone(), other.clone());
        let low = a.min(b);
        x.shl((a - low) as u32);
        y.shl((b - low) as u32);
        x.cmp(&y)
    }

    fn sub(&mut self, other: &Big) {
        let mut borrow = 0i64;
        for (i, limb) in self.0.iter_mut().enumerate() {
            let x = i64::from(*limb) - i64::from(other.0.get(i).copied().unwrap_or(0)) - borrow;
            borrow = i64::from(x < 0);
            *limb = x.rem_euclid(1 << 32) as u32;
        }
        while self.0.last() == Some(&0) {
            self.0.pop();
        }
    }

    /// floor(self / den), which must be below 2^55, and whether the division was exact.
    fn div_small_quotient(mut self, den: &Big) -> (u64, bool) {
        let mut q = 0u64;
        for bit in (0..55).rev() {
            let mut d = den.clone();
            d.shl(bit);
            if self.cmp(&d) != std::cmp::Ordering::Less {
                self.sub(&d);
                q |= 1 << bit;
            }
        }
        (q, self.0.is_empty())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn same(text: &str) {
        let ours = to_f64(text).map(f64::to_bits);
        let std = text.parse::<f64>().ok().map(f64::to_bits);
        assert_eq!(ours, std, "{text}");
    }

    #[test]
    fn reads_what_std_reads() {
        for t in [
            "0",
            "-0",
            "+0",
            "1",
            "2.5",
            "-3",
            ".5",
            "5.",
            "0.1",
            "0.05",
            "1e5",
            "1E-5",
            "-1.5e+3",
            "123456789012345678901234567890",
            "0.1000000000000000055511151231257827",
            "9007199254740993",
            "9007199254740992.5",
            "1e22",
            "1e23",
            "1e-22",
            "1e-23",
            "1.7976931348623157e308",
            "1.7976931348623158e308",
            "1.7976931348623159e308",
            "1e309",
            "2.2250738585072014e-308",
            "2.2250738585072011e-308",
            "4.9406564584124654e-324",
            "2.4703282292062327e-324",
            "2.4703282292062328e-324",
            "1e-400",
            "0.000000000000000000000000000000000000000001",
            "1e999999999999",
            "1e-999999999999",
            "00012.500",
            "8.5e-5",
        ] {
            same(t);
        }
    }

    #[test]
    fn refuses_what_is_not_a_decimal() {
        for t in
            ["", "-", "+", ".", "e5", "1e", "1e+", "1.2.3", "1,5", "inf", "NaN", "1 ", " 1", "--1", "0x10", "1_000"]
        {
            assert_eq!(to_f64(t), None, "{t}");
        }
    }

    #[test]
    fn long_digit_strings_round_as_their_whole() {
        let long = "7".repeat(5000);
        same(&long);
        same(&format!("0.{long}"));
        same(&format!("1.{}e-10", "3".repeat(3000)));
        // A tie broken only by a digit far beyond the 800 read exactly.
        let tie = exact((1u128 << 53) | 1, -1);
        same(&tie);
        same(&format!("{tie}{}1", "0".repeat(2000)));
        same(&format!("{}{}", exact((1u128 << 53) + 3, -1), "0".repeat(3000)));
    }

    /// The decimal expansion of m × 2^k (k ≤ 0), exactly.
    fn exact(m: u128, k: i32) -> String {
        let digits = (m * 5u128.pow((-k) as u32)).to_string();
        let places = (-k) as usize;
        let padded = format!("{digits:0>width$}", width = places + 1);
        let (int, frac) = padded.split_at(padded.len() - places);
        format!("{int}.{frac}")
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(4000))]

        #[test]
        fn any_f64_written_any_way(bits in any::<u64>(), places in 0usize..30) {
            let x = f64::from_bits(bits);
            prop_assume!(x.is_finite());
            same(&format!("{x}"));
            same(&format!("{x:e}"));
            same(&format!("{x:.places$e}"));
        }

        #[test]
        fn any_digits_any_exponent(digits in "[0-9]{1,40}", point in 0usize..41, exp in -360i32..360) {
            let point = point.min(digits.len());
            same(&format!("{}.{}e{exp}", &digits[..point], &digits[point..]));
        }

        #[test]
        fn halfway_between_two_f64_and_beside_it(m in (1u128 << 53)..(1u128 << 54), k in -30i32..0) {
            // m odd: exactly halfway between two f64 (one with an even last bit wins).
            let m = m | 1;
            let mid = exact(m, k);
            same(&mid);
            same(&format!("{mid}000000000000000000001"));
            same(&exact(m - 1, k));
        }
    }
}
