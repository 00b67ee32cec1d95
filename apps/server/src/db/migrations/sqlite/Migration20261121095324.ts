import { Migration } from '@mikro-orm/migrations';

// Written by hand: MikroORM 6 folds this index into a table rebuild on SQLite.
// The index serves the age-band correction of today's subtree counts; the statements after it
// fill subtree_count from the existing rows (the same statements as rebuildSubtreeCounts, frozen).
export class Migration20261121095324 extends Migration {
  override async up(): Promise<void> {
    this.addSql('create index `member_root_birth_index` on `member` (`root_id`, `birth_date`, `org_path`);');
    this.addSql(`delete from subtree_count`);
    this.addSql(`with recursive up(id, anc, root) as (
        select id, parent_id, root_id from organization where dissolved_on is null and parent_id is not null
        union all
        select up.id, o.parent_id, up.root from up join organization o on o.id = up.anc where o.parent_id is not null
      )
      insert into subtree_count (organization_id, dimension, key, n, root_id)
      select up.anc, 'KIND', o.kind, count(*), up.root from up join organization o on o.id = up.id
      group by up.anc, up.root, o.kind`);
    this.addSql(`with recursive up(path, anc, root) as (
        select path, id, root_id from organization where dissolved_on is null
        union all
        select up.path, o.parent_id, up.root from up join organization o on o.id = up.anc where o.parent_id is not null
      ),
      c(path, dimension, key, n) as (
        select org_path, 'STATUS', status, count(*) from member where org_path is not null group by org_path, status
        union all select org_path, 'GENDER', gender, count(*) from member where org_path is not null group by org_path, gender
        union all select org_path, 'BIRTH_YEAR', substr(birth_date, 1, 4), count(*) from member where org_path is not null group by org_path, substr(birth_date, 1, 4)
      )
      insert into subtree_count (organization_id, dimension, key, n, root_id)
      select up.anc, c.dimension, c.key, sum(c.n), up.root from c join up on up.path = c.path
      group by up.anc, up.root, c.dimension, c.key`);
  }

  override async down(): Promise<void> {
    this.addSql('drop index `member_root_birth_index`;');
  }
}
