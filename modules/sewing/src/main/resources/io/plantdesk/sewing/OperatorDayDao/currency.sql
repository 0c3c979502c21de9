select currency from sewing.pay_policy
